using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FunnelBot.DataFiles;

/// <summary>
/// Writes an export table as a workbook (.xlsx, MiniExcel) of one sheet: the header in the first row (frozen, with a
/// filter), numbers as numeric cells, text as text cells. A text cell is never run as a formula, so typed text is
/// written as it was typed, without the CSV guard.
/// </summary>
public static class XlsxTableWriter
{
    public static void Write(Stream stream, ExportTable table)
    {
        var configuration = new OpenXmlConfiguration
        {
            FastMode = true, // MiniExcel widens the columns to their text only in fast mode (the stream must be seekable)
            EnableAutoWidth = true,
            FreezeRowCount = 1,
            AutoFilter = true,
            EnableConvertByteArray = false,
        };
        var rows = new List<IDictionary<string, object?>> { Row(table.Columns.Select(name => (object?)name).ToList()) };
        rows.AddRange(table.Rows.Select(row => Row([.. row.Select(Value)])));
        stream.SaveAs(rows, printHeader: false, sheetName: table.SheetName, excelType: ExcelType.XLSX, configuration: configuration);
    }

    private static object? Value(ExportCell cell) => cell.Kind == ExportCellKind.Number ? cell.Number : string.IsNullOrEmpty(cell.Text) ? null : cell.Text;

    /// <summary>A row keyed by column position, so that equal header names could never merge columns.</summary>
    private static Dictionary<string, object?> Row(List<object?> values)
    {
        var row = new Dictionary<string, object?>(values.Count, StringComparer.Ordinal);
        for (var index = 0; index < values.Count; index++)
        {
            row[XlsxColumns.NameOf(index)] = values[index];
        }

        return row;
    }
}
