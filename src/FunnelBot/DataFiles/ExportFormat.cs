namespace FunnelBot.DataFiles;

/// <summary>The formats an export is written in: CSV text, or a workbook of one sheet.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>The file name extension of each format.</summary>
public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary>The format a file name asks for: a workbook for <c>.xlsx</c>, CSV for anything else.</summary>
    public static ExportFormat OfFileName(string fileName) =>
        string.Equals(Path.GetExtension(fileName), ".xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
}
