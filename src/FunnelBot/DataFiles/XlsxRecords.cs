using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FunnelBot.DataFiles;

/// <summary>What came of reading a workbook: its table, or why there is none.</summary>
public enum XlsxReadStatus
{
    Read,

    /// <summary>Not a workbook (.xlsx) that can be read: another kind of file, or a damaged one.</summary>
    Unreadable,

    /// <summary>It unpacks to more than <see cref="XlsxRecords.MaxUnpackedBytes"/>.</summary>
    TooBig,
}

/// <summary>A workbook read: its first sheet as a data file's table when <see cref="Status"/> is <see cref="XlsxReadStatus.Read"/>.</summary>
public sealed record XlsxRead(XlsxReadStatus Status, DataFileTable? Table);

/// <summary>
/// Reads the first sheet of a workbook (.xlsx, MiniExcel) as a data file: the first non-empty row is the header (as in
/// CSV), empty rows are skipped, a line is the sheet's row number. Every cell becomes the text the readers check with
/// the one reading of a value: a numeric cell as its number (<c>1100.5</c>; a spreadsheet's binary fraction rounded to
/// the 15 digits it shows), a text cell as typed, a date cell in the period column as its month (a spreadsheet turns
/// a typed <c>2026-04</c> into 1 April 2026). Text cells of a Russian sheet may write numbers with a decimal comma.
/// </summary>
public static class XlsxRecords
{
    /// <summary>The most a workbook may unpack to: far above a team's data, far below what would strain the bot.</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>Whether the bytes start as a ZIP archive does, as every .xlsx file does.</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

    public static XlsxRead Read(byte[] bytes)
    {
        try
        {
            if (UnpackedSize(bytes) > MaxUnpackedBytes)
            {
                return new XlsxRead(XlsxReadStatus.TooBig, null);
            }

            using var stream = new MemoryStream(bytes, writable: false);
            var configuration = new OpenXmlConfiguration { EnableConvertByteArray = false, EnableSharedStringCache = false, FillMergedCells = false };
            var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.Values.ToList());
            return new XlsxRead(XlsxReadStatus.Read, Table(rows));
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // MiniExcel throws what the damage gives (zip, XML, index or format errors): each means the same to the sender.
            return new XlsxRead(XlsxReadStatus.Unreadable, null);
        }
    }

    private static long UnpackedSize(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return archive.Entries.Sum(entry => entry.Length);
    }

    private static DataFileTable Table(IEnumerable<List<object?>> rows)
    {
        var line = 0;
        var headerLine = 0;
        List<string> header = [];
        DataFileLayout? layout = null;
        var records = new List<DataFileRecord>();
        foreach (var cells in rows)
        {
            line++;
            if (cells.All(cell => string.IsNullOrWhiteSpace(Text(cell, null))))
            {
                continue;
            }

            if (headerLine == 0)
            {
                headerLine = line;
                header = TrimEnd([.. cells.Select(cell => Text(cell, null))], 0);
                layout = DataFileLayout.Recognise(header);
                if (layout is null)
                {
                    break;
                }

                continue;
            }

            var fields = cells.Select((cell, index) => Text(cell, index < layout!.Columns.Count ? layout.Columns[index] : null)).ToList();
            records.Add(new DataFileRecord(line, TrimEnd(fields, layout!.Columns.Count), layout.Language.Numbers()));
        }

        return headerLine == 0
            ? DataFileTable.Empty([], notesGuarded: false)
            : new DataFileTable(headerLine, string.Join(layout?.Language.Separator() ?? ',', header), layout, records, [], notesGuarded: false);
    }

    /// <summary>The fields without the empty cells after the last column that matters (a sheet's rows are as wide as its widest).</summary>
    private static List<string> TrimEnd(List<string> fields, int keep)
    {
        var count = fields.Count;
        while (count > keep && string.IsNullOrWhiteSpace(fields[count - 1]))
        {
            count--;
        }

        return fields[..count];
    }

    private static string Text(object? cell, DataFileColumn? column) => cell switch
    {
        null => "",
        string text => text,
        double number => Number(number),
        DateTime date when column == DataFileColumn.Period && date.Day == 1 && date.TimeOfDay == TimeSpan.Zero =>
            date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "dd.MM.yyyy" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// A numeric cell as text: through <see cref="decimal"/>, which keeps the 15 significant digits a spreadsheet shows
    /// (so that a sum <c>0.1+0.2</c> is <c>0.3</c>); beyond decimal's range as the whole number it is, which the reader refuses as too large.
    /// </summary>
    private static string Number(double number) =>
        Math.Abs(number) < 7.9e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("F0", CultureInfo.InvariantCulture);
}
