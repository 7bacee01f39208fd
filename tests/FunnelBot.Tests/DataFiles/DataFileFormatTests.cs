using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
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
    [InlineData(MetricUnit.Count, "1 000", true)] // thousands with a space
    [InlineData(MetricUnit.Money, "1.23", true)]
    [InlineData(MetricUnit.Money, "1.230", true)]
    [InlineData(MetricUnit.Money, "1.234", false)]
    [InlineData(MetricUnit.Percent, "100", true)]
    [InlineData(MetricUnit.Percent, "100.01", false)]
    [InlineData(MetricUnit.Percent, "12.345", false)] // a percentage has at most 2 decimals, as in the chat
    [InlineData(MetricUnit.Percent, "0", true)]
    public void Read_ValueOfACommaFile_FitsItsUnitOrNot(MetricUnit unit, string text, bool fits)
    {
        Assert.Equal(fits, MetricValueReader.ReadValue(text, unit, NumberConvention.PointDecimal).IsAccepted);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData("twelve")]
    public void Read_NotANumberOfACommaFile_Refused(string text)
    {
        Assert.False(MetricValueReader.ReadNumber(text, NumberConvention.PointDecimal).IsAccepted);
    }
}
