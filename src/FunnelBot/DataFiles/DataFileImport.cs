using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// A data file read and checked but not yet stored: its rows (or its problems), and how many stored values or plans
/// storing it would change as the stores stand now. <see cref="Store"/> writes it through the store's <c>SetAll</c>: in a
/// transaction of its own from the command line, joining the update's transaction when the bot stores it.
/// </summary>
public sealed class DataFileImport
{
    private readonly Func<ChangeAuthor, int> _store;

    internal DataFileImport(DataFileKind kind, int rows, int changes, IReadOnlyList<DataFileProblem> problems, Func<ChangeAuthor, int> store)
    {
        Kind = kind;
        Rows = rows;
        Changes = changes;
        Problems = problems;
        _store = store;
    }

    public DataFileKind Kind { get; }

    /// <summary>Rows read: weekly values, or plan entries (a year row of an entered metric gives twelve months).</summary>
    public int Rows { get; }

    /// <summary>How many values or plans differ from what is stored (counted before storing).</summary>
    public int Changes { get; }

    public IReadOnlyList<DataFileProblem> Problems { get; }

    public bool IsRefused => Problems.Count > 0;

    /// <summary>Writes every row in file order; returns how many changed. Does nothing for a refused file.</summary>
    public int Store(ChangeAuthor author) => IsRefused ? 0 : _store(author);

    /// <summary>The outcome once stored, as the command line reports it.</summary>
    public DataFileImportResult ToResult(int changed) => new(Kind, IsRefused ? 0 : Rows, changed, Problems);
}
