namespace FunnelBot.DataFiles;

/// <summary>The two data files: weekly actuals and plans (docs/scorecard.md, "Data files").</summary>
public enum DataFileKind
{
    Actuals,
    Plans,
}

/// <summary>A data file recognised by its header row: which file and the separator its header is written with.</summary>
public sealed record DetectedDataFile(DataFileKind Kind, char Separator);

/// <summary>The header of each data file and how to tell them apart.</summary>
public static class DataFileFormat
{
    public static readonly IReadOnlyList<string> ActualsColumns = ["metric", "week", "value"];

    public static readonly IReadOnlyList<string> PlansColumns = ["metric", "period", "value", "note"];

    public static string ActualsHeader => string.Join(',', ActualsColumns);

    public static string PlansHeader => string.Join(',', PlansColumns);

    /// <summary>The header row a file of <paramref name="kind"/> starts with, written with commas.</summary>
    public static string HeaderOf(DataFileKind kind) => kind == DataFileKind.Actuals ? ActualsHeader : PlansHeader;

    /// <summary>The header row the export writes for <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public static string HeaderOf(DataFileKind kind, FileLanguage language) => DataFileLayout.Of(kind, language).Header;

    /// <summary>The separators a data file may use: a comma, or a semicolon (spreadsheet programs in Russian locales).</summary>
    public static IReadOnlyList<char> Separators { get; } = [',', ';'];

    /// <summary>
    /// Which data file <paramref name="content"/> is, by its first non-blank line (a BOM, quotes around the names,
    /// case and spaces ignored; English or Russian names, see <see cref="DataFileLayout"/>) written with a comma or with
    /// a semicolon; null when that line is no known header.
    /// </summary>
    public static DetectedDataFile? DetectFile(string content)
    {
        using var lines = new StringReader(content);
        string? line;
        while ((line = lines.ReadLine()) is not null && string.IsNullOrWhiteSpace(line.TrimStart('\uFEFF')))
        {
        }

        if (line is null)
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            if (Detect([.. line.Split(separator).Select(name => name.TrimStart('\uFEFF').Trim().Trim('"'))]) is { } kind)
            {
                return new DetectedDataFile(kind, separator);
            }
        }

        return null;
    }

    /// <summary>Which data file a header's column names belong to, or null.</summary>
    public static DataFileKind? Detect(IReadOnlyList<string> names) => DataFileLayout.Recognise(names)?.Kind;
}
