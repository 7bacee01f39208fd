using FunnelBot.DataFiles;

namespace FunnelBot.Tests.DataFiles;

public sealed class DataFileDetectionTests
{
    [Theory]
    [InlineData("metric,week,value\nleads,2026-W10,12\n", DataFileKind.Actuals, ',')]
    [InlineData("metric;week;value\nleads;2026-W10;12\n", DataFileKind.Actuals, ';')]
    [InlineData("\uFEFFmetric;period;value;note\r\nleads;2026-03;48;a, b\r\n", DataFileKind.Plans, ';')]
    [InlineData("\n\n\"metric\",\"period\",\"value\"\n", DataFileKind.Plans, ',')]
    [InlineData(" Metric ; Week ; Value \n", DataFileKind.Actuals, ';')]
    [InlineData("\uFEFFКод метрики;Метрика;Код недели;Неделя;Значение\nleads;Лиды;2026-W10;02.03.2026–08.03.2026;12\n", DataFileKind.Actuals, ';')]
    [InlineData("Код метрики;Метрика;Код периода;Период;План;Примечание\n", DataFileKind.Plans, ';')]
    public void DetectFile_KnownHeader_TellsTheKindAndSeparator(string content, DataFileKind kind, char separator)
    {
        Assert.Equal(new DetectedDataFile(kind, separator), DataFileFormat.DetectFile(content));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n")]
    [InlineData("metric\tweek\tvalue\n")]
    [InlineData("name,amount\nx,1\n")]
    [InlineData("metric;week,value\n")]
    public void DetectFile_NoKnownHeader_IsNull(string content)
    {
        Assert.Null(DataFileFormat.DetectFile(content));
    }
}
