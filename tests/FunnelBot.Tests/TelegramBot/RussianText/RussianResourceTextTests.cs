using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.TelegramBot.RussianText;

/// <summary>Every Russian text of the bot reads as a Russian editor would write it (docs of the rules: ru-style).</summary>
public sealed class RussianResourceTextTests
{
    [Fact]
    public void RussianTexts_NoEnglishWordsHedgesDoubledPunctuationOrKeys()
    {
        var problems = TextResources.Russian()
            .SelectMany(pair => RussianTextProblems.Of(pair.Value, template: true).Select(problem => $"{pair.Key}: {problem} in «{pair.Value}»"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void RussianTexts_NoneLeftAsTheEnglishText()
    {
        var english = TextResources.English();
        var untranslated = TextResources.Russian()
            .Where(pair => pair.Value == english[pair.Key] && RussianTextProblems.HasWords(pair.Value))
            .Select(pair => $"{pair.Key}: «{pair.Value}»")
            .ToList();

        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData("Что будет сделано по Клики по рекламе, он(а) поставил(а) задачу", "gender hedge")]
    [InlineData("срок 8 дек..", "doubled punctuation")]
    [InlineData("created for maria, due 2026-12-10", "English word 'created'")]
    [InlineData("Ошибка: status.header", "text key 'status.header'")]
    [InlineData("Готово , спасибо", "space before punctuation")]
    public void Scanner_FindsWhatAnEditorWouldStrike(string text, string expected)
    {
        Assert.Contains(RussianTextProblems.Of(text, template: false), problem => problem.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Отправьте /status@funnelbot_bot или <code>/task Обзвонить базу @anna 05.12</code>.")]
    [InlineData("Пришлите файл CSV или Excel (.xlsx) в кодировке UTF-8.")]
    [InlineData("1 850 000,50 ₽ · 83 % · «Клики по рекламе»: ниже плана… Почему?")]
    public void Scanner_LeavesCommandsCodeAndFormatsAlone(string text)
    {
        Assert.Empty(RussianTextProblems.Of(text, template: false));
    }
}
