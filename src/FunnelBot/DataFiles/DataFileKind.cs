namespace FunnelBot.DataFiles;

/// <summary>The two data files: weekly actuals and plans (scorecard.md, "Data files").</summary>
public enum DataFileKind
{
    Actuals,
    Plans,
}

/// <summary>The header of each data file and how to tell them apart.</summary>
public static class DataFileFormat
{
    public static readonly IReadOnlyList<string> ActualsColumns = ["metric", "week", "value"];

    public static readonly IReadOnlyList<string> PlansColumns = ["metric", "period", "value", "note"];

    public static string ActualsHeader => string.Join(',', ActualsColumns);

    public static string PlansHeader => string.Join(',', PlansColumns);

    /// <summary>Which data file a header row belongs to (a BOM, case and spaces ignored), or null.</summary>
    public static DataFileKind? Detect(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var names = header.TrimStart('\uFEFF').Split(',').Select(name => name.Trim().ToLowerInvariant()).ToList();
        return Detect(names);
    }

    /// <summary>Which data file a header's column names belong to, or null.</summary>
    public static DataFileKind? Detect(IReadOnlyList<string> names)
    {
        var cleaned = names.Select(name => name.TrimStart('\uFEFF').Trim().ToLowerInvariant()).ToList();
        if (cleaned.SequenceEqual(ActualsColumns))
        {
            return DataFileKind.Actuals;
        }

        return cleaned.SequenceEqual(PlansColumns) || cleaned.SequenceEqual(PlansColumns.Take(3)) ? DataFileKind.Plans : null;
    }
}
