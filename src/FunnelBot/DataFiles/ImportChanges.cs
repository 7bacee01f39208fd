using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Counts how many rows of a checked file would change the store, rows applied in file order as the stores apply them
/// (a later row for the same value or plan wins, and the same value again changes nothing).
/// </summary>
internal static class ImportChanges
{
    public static int OfValues(WeeklyValueStore store, IReadOnlyList<WeeklyValue> rows)
    {
        var current = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var changes = 0;
        foreach (var row in rows)
        {
            var id = WeeklyValueStore.IdOf(row.Metric, row.Week);
            if (!current.TryGetValue(id, out var value))
            {
                value = store.Get(row.Metric, row.Week);
            }

            if (value != row.Value)
            {
                changes++;
            }

            current[id] = row.Value;
        }

        return changes;
    }

    public static int OfPlans(PlanStore store, IReadOnlyList<PlanEntry> rows)
    {
        var current = new Dictionary<string, (decimal Value, string? Note)?>(StringComparer.Ordinal);
        var changes = 0;
        foreach (var row in rows)
        {
            if (!current.TryGetValue(row.Id, out var plan))
            {
                plan = store.Get(row.Id) is { } stored ? (stored.Value, stored.Note) : null;
            }

            if (plan is not { } known || known.Value != row.Value || known.Note != row.Note)
            {
                changes++;
            }

            current[row.Id] = (row.Value, row.Note);
        }

        return changes;
    }
}
