using FunnelBot.DataFiles;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Tests.DataFiles;

public sealed class DataFileFormatTests
{
    [Theory]
    [InlineData("metric,week,value", DataFileKind.Actuals)]
    [InlineData("\uFEFFmetric,week,value", DataFileKind.Actuals)]
    [InlineData("Metric, Week, Value", DataFileKind.Actuals)]
    [InlineData("metric,period,value,note", DataFileKind.Plans)]
    [InlineData("metric,period,value", DataFileKind.Plans)]
    [InlineData("metric,week,value,note", null)]
    [InlineData("metric;week;value", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Detect_Header_TellsTheKind(string? header, DataFileKind? expected)
    {
        Assert.Equal(expected, DataFileFormat.Detect(header?.Split(',') ?? []));
    }

    [Theory]
    [InlineData(MetricUnit.Count, "12", true)]
    [InlineData(MetricUnit.Count, "12.0", true)]
    [InlineData(MetricUnit.Count, "1.5", false)]
    [InlineData(MetricUnit.Count, "-1", false)]
    [InlineData(MetricUnit.Money, "1.23", true)]
    [InlineData(MetricUnit.Money, "1.230", true)]
    [InlineData(MetricUnit.Money, "1.234", false)]
    [InlineData(MetricUnit.Percent, "100", true)]
    [InlineData(MetricUnit.Percent, "100.01", false)]
    [InlineData(MetricUnit.Percent, "0", true)]
    public void Check_ValueAgainstUnit_FitsOrNot(MetricUnit unit, string text, bool fits)
    {
        Assert.True(UnitRules.TryParseNumber(text, out var value));

        Assert.Equal(fits, UnitRules.Find(unit, value) is null);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData("twelve")]
    public void TryParseNumber_NotInvariantDecimal_Fails(string text)
    {
        Assert.False(UnitRules.TryParseNumber(text, out _));
    }
}
