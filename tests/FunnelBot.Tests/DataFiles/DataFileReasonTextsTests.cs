using System.Xml.Linq;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Documents;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.Tests.DataFiles;

public sealed class DataFileReasonTextsTests
{
    private static readonly Lazy<HashSet<string>> EnglishKeys = new(() => Keys("BotTexts.resx"));
    private static readonly Lazy<HashSet<string>> RussianKeys = new(() => Keys("BotTexts.ru.resx"));

    /// <summary>Every reason with every value of the arguments that pick a text: the file, the value problem, the separator.</summary>
    public static TheoryData<DataFileReason> EveryReason()
    {
        var data = new TheoryData<DataFileReason>();
        foreach (var code in Enum.GetValues<DataFileReasonCode>())
        {
            foreach (var kind in Enum.GetValues<DataFileKind>())
            {
                foreach (var problem in Enum.GetValues<ValueProblem>())
                {
                    data.Add(new DataFileReason(code) { Text = "x", Kind = kind, Columns = 2, ValueProblem = problem });
                }
            }

            data.Add(new DataFileReason(code) { Text = "x", DecimalComma = true });
        }

        return data;
    }

    [Fact]
    public void EveryReasonCode_HasItsTextInBothResources()
    {
        Assert.All(Enum.GetValues<DataFileReasonCode>(), code => AssertInBoth(DataFileReasonHtml.KeyOf(code)));
        Assert.All(Enum.GetValues<ValueProblem>(), problem => AssertInBoth("datafile.value." + problem));
        Assert.All(Enum.GetValues<DataFileKind>(), kind => AssertInBoth("datafile.columns." + kind));
        AssertInBoth("datafile.decimals.point");
        AssertInBoth("datafile.decimals.comma");
    }

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void EveryReason_EnglishForTheCliIsWhatTheBotSaysInEnglish_AndRussianDiffers(DataFileReason reason)
    {
        var english = DataFileReasonText.English(reason);
        var russian = DataFileReasonHtml.Html(reason, BotTexts.Russian);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.Equal(english, DataFileReasonHtml.Html(reason, BotTexts.English));
        Assert.NotEqual(english, russian);
    }

    [Fact]
    public void NotANumber_NamesTheDecimalSeparatorOfTheFile()
    {
        Assert.Equal("'1,5' is not a number (use '.' for decimals)", DataFileReasonText.English(DataFileReason.NotANumber("1,5", decimalComma: false)));
        Assert.Equal("'x' is not a number (use ',' or '.' for decimals)", DataFileReasonText.English(DataFileReason.NotANumber("x", decimalComma: true)));
    }

    [Fact]
    public void Html_TextFromTheFile_EscapedAndShortened()
    {
        var html = DataFileReasonHtml.Html(DataFileReason.UnknownMetric("<b>" + new string('a', 200)), BotTexts.Russian);

        Assert.StartsWith("неизвестная метрика «&lt;b&gt;aaa", html, StringComparison.Ordinal);
        Assert.EndsWith("a…»", html, StringComparison.Ordinal);
        Assert.True(html.Length < 150);
    }

    private static void AssertInBoth(string key)
    {
        Assert.True(EnglishKeys.Value.Contains(key), $"BotTexts.resx has no '{key}'.");
        Assert.True(RussianKeys.Value.Contains(key), $"BotTexts.ru.resx has no '{key}'.");
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(RepositoryRoot(), "src", "FunnelBot", "TelegramBot", "Texts", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

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
