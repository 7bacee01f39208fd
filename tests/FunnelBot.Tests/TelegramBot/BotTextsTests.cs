using System.Xml.Linq;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.Tests.TelegramBot;

public sealed class BotTextsTests
{
    private static readonly string TextsFolder = Path.Combine(RepositoryRoot(), "src", "FunnelBot", "TelegramBot", "Texts");

    [Fact]
    public void Resources_RussianAndEnglish_HaveTheSameKeysAndPlaceholders()
    {
        var english = Load("BotTexts.resx");
        var russian = Load("BotTexts.ru.resx");

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

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(TextsFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static List<string> Placeholders(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FunnelBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("FunnelBot.sln not found above the test output.");
    }
}
