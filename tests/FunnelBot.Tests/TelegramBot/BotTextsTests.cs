using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.TelegramBot;

public sealed class BotTextsTests
{
    [Fact]
    public void Resources_RussianAndEnglish_HaveTheSameKeysAndPlaceholders()
    {
        var english = TextResources.English();
        var russian = TextResources.Russian();

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), russian.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(russian[pair.Key])));
    }

    [Fact]
    public void Html_UserTextArgument_Escaped()
    {
        var html = BotTexts.Html("value.NotANumber", BotTexts.English, "<b>1</b> & \"2\"");

        Assert.Equal("“&lt;b&gt;1&lt;/b&gt; &amp; &quot;2&quot;” is not a number.", html);
    }

    [Fact]
    public void Html_Russian_ComesFromTheSatelliteResources()
    {
        Assert.Equal("Ответ пустой.", BotTexts.Html("refusal.Empty", BotTexts.Russian));
        Assert.Equal("The answer is empty.", BotTexts.Html("refusal.Empty", BotTexts.English));
    }

    private static List<string> Placeholders(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
