namespace FunnelBot.DataFiles;

/// <summary>What a cell of an export holds, which decides how each format writes it.</summary>
public enum ExportCellKind
{
    /// <summary>Text the bot writes (keys, codes, periods, dates): written as it is.</summary>
    Text,

    /// <summary>Text that people typed or named: guarded in CSV so that a spreadsheet never runs it (<see cref="SpreadsheetText"/>).</summary>
    Typed,

    /// <summary>A number: in CSV as the file's language writes numbers, in a workbook as a numeric cell.</summary>
    Number,
}

/// <summary>One cell of an export: text, typed text or a number (an empty one for none).</summary>
public readonly record struct ExportCell(ExportCellKind Kind, string Text, decimal? Number)
{
    public static ExportCell Of(string? text) => new(ExportCellKind.Text, text ?? "", null);

    public static ExportCell Typed(string? text) => new(ExportCellKind.Typed, text ?? "", null);

    public static ExportCell Of(decimal? number) => new(ExportCellKind.Number, "", number);
}

/// <summary>
/// An export file's content before it has a format: the header and the rows, the same for CSV
/// (<see cref="CsvTableWriter"/>) and a workbook (<see cref="XlsxTableWriter"/>).
/// </summary>
public sealed record ExportTable(string SheetName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);
