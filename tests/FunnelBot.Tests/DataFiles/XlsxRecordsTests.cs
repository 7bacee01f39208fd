using System.IO.Compression;
using FunnelBot.DataFiles;
using MiniExcelLibs;

namespace FunnelBot.Tests.DataFiles;

public sealed class XlsxRecordsTests
{
    [Fact]
    public void Read_NumericCells_AsTheNumberASpreadsheetShows()
    {
        var read = XlsxRecords.Read(Workbook(["metric", "week", "value"], ["leads", "2026-W10", 0.1d + 0.2d], ["ad_spend", "2026-W10", 1e30d], ["calls", "2026-W10", 12d]));

        Assert.Equal(XlsxReadStatus.Read, read.Status);
        Assert.Equal(["0.3", "1000000000000000019884624838656", "12"], read.Table!.Records.Select(record => record.Fields[2]));
        Assert.Equal([2, 3, 4], read.Table.Records.Select(record => record.Line));
    }

    [Fact]
    public void Read_CellsAfterTheLastColumn_EmptyOnesDropped_OthersKept()
    {
        var read = XlsxRecords.Read(Workbook(["metric", "week", "value", null], ["leads", "2026-W10", 1d, null], ["leads", "2026-W11", 2d, "a comment"]));

        Assert.Equal([3, 4], read.Table!.Records.Select(record => record.Fields.Count));
    }

    [Fact]
    public void Read_WorkbookUnpackingToMoreThanTheLimit_TooBig()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var megabyte = 0; megabyte <= XlsxRecords.MaxUnpackedBytes / zeros.Length; megabyte++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(buffer.Length < 2 * 1024 * 1024, "the test's archive is small packed");
        Assert.Equal(XlsxReadStatus.TooBig, XlsxRecords.Read(buffer.ToArray()).Status);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { 0x6D, 0x65, 0x74, 0x72, 0x69, 0x63 })]
    [InlineData(new byte[0])]
    public void Read_NotAWorkbook_Unreadable(byte[] bytes)
    {
        Assert.Equal(XlsxReadStatus.Unreadable, XlsxRecords.Read(bytes).Status);
    }

    private static byte[] Workbook(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(row => row.Select((cell, index) => (Column: XlsxColumns.NameOf(index), cell)).ToDictionary(pair => pair.Column, pair => pair.cell)), printHeader: false);
        return stream.ToArray();
    }
}
