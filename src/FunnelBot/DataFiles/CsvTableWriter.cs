using CsvHelper;

namespace FunnelBot.DataFiles;

/// <summary>
/// Writes an export table as CSV in a file's language: English with commas and a decimal point, Russian with
/// semicolons and a decimal comma (<see cref="FileLanguages"/>). Typed text goes through <see cref="SpreadsheetText.Guard"/>.
/// </summary>
public static class CsvTableWriter
{
    public static void Write(TextWriter writer, ExportTable table, FileLanguage language)
    {
        using var csv = CsvWriter.Create(writer, CsvRecords.WriterOptionsFor(language.Separator()), leaveOpen: true);
        WriteRow(csv, table.Columns);
        foreach (var row in table.Rows)
        {
            WriteRow(csv, row.Select(cell => Field(cell, language)));
        }

        csv.Flush();
    }

    private static string Field(ExportCell cell, FileLanguage language) => cell.Kind switch
    {
        ExportCellKind.Number => cell.Number is { } number ? FileNumbers.Format(number, language.Numbers()) : "",
        ExportCellKind.Typed => SpreadsheetText.Guard(cell.Text),
        _ => cell.Text,
    };

    private static void WriteRow(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}
