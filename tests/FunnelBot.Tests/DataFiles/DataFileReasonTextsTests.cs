using System.Xml.Linq;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Documents;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.DataFiles;

public sealed class DataFileReasonTextsTests
{
    private static readonly Lazy<HashSet<string>> EnglishKeys = new(() => Keys("BotTexts.resx"));
    private static readonly Lazy<HashSet<string>> RussianKeys = new(() => Keys("BotTexts.ru.resx"));

    private static readonly MetricDefinition?[] Metrics =
    [
        null,
        Metric(MetricUnit.Count, MetricKind.Entered),
        Metric(MetricUnit.Money, MetricKind.Entered),
        Metric(MetricUnit.Percent, MetricKind.Entered),
        Metric(MetricUnit.Percent, MetricKind.Ratio),
        Metric(MetricUnit.Money, MetricKind.Ratio),
    ];

    /// <summary>
    /// Every reason with every value of the arguments that pick a text: the file, and for a refused value every refusal
    /// for every kind of metric (unknown, each unit, a ratio's target) in both number conventions.
    /// </summary>
    public static TheoryData<DataFileReason> EveryReason()
    {
        var data = new TheoryData<DataFileReason>();
        foreach (var code in Enum.GetValues<DataFileReasonCode>().Where(code => code != DataFileReasonCode.BadValue))
        {
            foreach (var kind in Enum.GetValues<DataFileKind>())
            {
                data.Add(new DataFileReason(code) { Text = "x", Kind = kind, Columns = 2, FewestFields = 3, MostFields = kind == DataFileKind.Plans ? 4 : 3 });
            }
        }

        foreach (var refusal in Enum.GetValues<ValueRefusal>())
        {
            foreach (var metric in Metrics)
            {
                data.Add(DataFileReason.BadValue("x", refusal, metric, NumberConvention.PointDecimal));
                data.Add(DataFileReason.BadValue("x", refusal, metric, NumberConvention.CommaDecimal));
            }
        }

        return data;
    }

    [Fact]
    public void EveryReasonCode_HasItsTextInBothResources()
    {
        Assert.All(Enum.GetValues<DataFileReasonCode>(), code => AssertInBoth(DataFileReasonHtml.KeyOf(code)));
        Assert.All(Enum.GetValues<ValueRefusal>(), refusal => AssertInBoth("value." + refusal));
        Assert.All(Enum.GetValues<ExpectedValue>(), expected => AssertInBoth("expected." + expected));
        AssertInBoth("datafile.columns.or");
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
    public void BadValue_ExampleWrittenWithTheDecimalSeparatorOfTheFile()
    {
        var money = Metric(MetricUnit.Money, MetricKind.Entered);

        Assert.Equal(
            "“1,5.0” is not a number. Expected: an amount ≥ 0 with at most 2 decimals, for example 1234.5.",
            DataFileReasonText.English(DataFileReason.BadValue("1,5.0", ValueRefusal.NotANumber, money, NumberConvention.PointDecimal)));
        Assert.Equal(
            "«x» — не число. Нужна сумма, 0 или больше, не больше двух знаков после запятой, например 1234,5.",
            DataFileReasonHtml.Html(DataFileReason.BadValue("x", ValueRefusal.NotANumber, money, NumberConvention.CommaDecimal), BotTexts.Russian));
    }

    [Fact]
    public void BadValue_UnknownMetric_OnlyWhatIsWrong()
    {
        Assert.Equal("“abc” is not a number.", DataFileReasonText.English(DataFileReason.BadValue("abc", ValueRefusal.NotANumber, null, NumberConvention.PointDecimal)));
    }

    [Fact]
    public void Html_TextFromTheFile_EscapedAndShortened()
    {
        var html = DataFileReasonHtml.Html(DataFileReason.UnknownMetric("<b>" + new string('a', 200)), BotTexts.Russian);

        Assert.StartsWith("неизвестная метрика «&lt;b&gt;aaa", html, StringComparison.Ordinal);
        Assert.EndsWith("a…»", html, StringComparison.Ordinal);
        Assert.True(html.Length < 150);
    }

    private static MetricDefinition Metric(MetricUnit unit, MetricKind kind) =>
        new("m", new MetricNames("Метрика", "Metric"), FunnelStage.Interest, FunnelChannel.OnlineAds, unit, MetricDirection.Higher, "anna", kind);

    private static void AssertInBoth(string key)
    {
        Assert.True(EnglishKeys.Value.Contains(key), $"BotTexts.resx has no '{key}'.");
        Assert.True(RussianKeys.Value.Contains(key), $"BotTexts.ru.resx has no '{key}'.");
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(TextResources.Folder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}
