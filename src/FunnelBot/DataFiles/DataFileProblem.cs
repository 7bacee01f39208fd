namespace FunnelBot.DataFiles;

/// <summary>Why one line of a data file was refused: every reason found on it, in the order found.</summary>
public sealed record DataFileProblem(int Line, IReadOnlyList<DataFileReason> Reasons)
{
    public DataFileProblem(int line, DataFileReason reason)
        : this(line, [reason])
    {
    }

    /// <summary>The line and its reasons in English, as the command line prints them.</summary>
    public override string ToString() => FormattableString.Invariant($"line {Line}: {DataFileReasonText.English(Reasons)}");
}

/// <summary>The rows of a data file, or (when any row is bad) every bad row's problem and no rows.</summary>
public sealed record DataFileContent<TRow>(IReadOnlyList<TRow> Rows, IReadOnlyList<DataFileProblem> Problems);

/// <summary>Makes the content of a data file from what its reader found.</summary>
public static class DataFileContent
{
    /// <summary>The rows when there is no problem; otherwise no rows and the problems in line order.</summary>
    public static DataFileContent<TRow> From<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<DataFileProblem> problems) =>
        problems.Count > 0 ? new([], [.. problems.OrderBy(problem => problem.Line)]) : new(rows, []);
}
