using FunnelBot.Domain.Plausibility;
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

    internal DataFileImport(
        DataFileKind kind, int rows, ImportCount count, IReadOnlyList<DataFileProblem> problems, Func<ChangeAuthor, int> store,
        IReadOnlyList<FunnelOutcome>? funnelBreaks = null)
    {
        FunnelBreaks = funnelBreaks ?? [];
        Kind = kind;
        Rows = rows;
        Changes = count.Changed;
        Unchanged = count.Unchanged;
        Problems = problems;
        _store = store;
    }

    public DataFileKind Kind { get; }

    /// <summary>Rows read: weekly values, or plan entries (a year row of an entered metric gives twelve months).</summary>
    public int Rows { get; }

    /// <summary>How many values or plans differ from what is stored (counted before storing).</summary>
    public int Changes { get; }

    /// <summary>How many values or plans the file gives as they are stored already: storing writes nothing for them.</summary>
    public int Unchanged { get; }

    /// <summary>The distinct values or plans the file sets (a later row for the same one replaces an earlier).</summary>
    private int Targets => Changes + Unchanged;

    public IReadOnlyList<DataFileProblem> Problems { get; }

    public bool IsRefused => Problems.Count > 0;

    /// <summary>
    /// The funnel rules the file's values break once stored (<c>FunnelPlausibility.BrokenByRows</c>), earliest week first:
    /// warnings, not refusals; the values are stored unconfirmed. Empty for a refused file and for plans.
    /// </summary>
    public IReadOnlyList<FunnelOutcome> FunnelBreaks { get; }

    /// <summary>Writes the rows that change something (the last for each value or plan); returns how many changed. Does nothing for a refused file.</summary>
    public int Store(ChangeAuthor author) => IsRefused ? 0 : _store(author);

    /// <summary>The outcome once stored, as the command line reports it.</summary>
    public DataFileImportResult ToResult(int changed) =>
        new(Kind, IsRefused ? 0 : Rows, changed, Problems) { Unchanged = IsRefused ? 0 : Targets - changed, FunnelBreaks = FunnelBreaks };
}
