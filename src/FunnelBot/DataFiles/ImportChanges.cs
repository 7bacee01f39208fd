using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>What storing a checked file would do: values or plans it changes, and those it leaves as they are.</summary>
public sealed record ImportCount(int Changed, int Unchanged);

/// <summary>
/// Counts what a checked file would change in the store, rows applied in file order as the stores apply them: of
/// several rows for the same value or plan the last wins, and it changes something only when it differs from what is stored.
/// </summary>
internal static class ImportChanges
{
    public static ImportCount OfValues(WeeklyValueStore store, IReadOnlyList<WeeklyValue> rows)
    {
        var last = LastPerKey.Of(rows, row => WeeklyValueStore.IdOf(row.Metric, row.Week));
        var changed = last.Count(row => store.Get(row.Metric, row.Week) != row.Value);
        return new ImportCount(changed, last.Count - changed);
    }

    public static ImportCount OfPlans(PlanStore store, IReadOnlyList<PlanEntry> rows)
    {
        var last = LastPerKey.Of(rows, row => row.Id);
        var changed = last.Count(row => store.Get(row.Id) is not { } stored || stored.Value != row.Value || stored.Note != row.Note);
        return new ImportCount(changed, last.Count - changed);
    }
}
