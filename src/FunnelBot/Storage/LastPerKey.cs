namespace FunnelBot.Storage;

/// <summary>
/// Of rows applied in order where a later row for the same key wins, only the winners (in the order they were last
/// given): storing them leaves the same end state without writing, and recording in history, the rows they replace.
/// </summary>
internal static class LastPerKey
{
    public static IReadOnlyList<T> Of<T>(IEnumerable<T> rows, Func<T, string> keyOf)
    {
        var last = new Dictionary<string, (int Order, T Row)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var row in rows)
        {
            last[keyOf(row)] = (order++, row);
        }

        return [.. last.Values.OrderBy(entry => entry.Order).Select(entry => entry.Row)];
    }
}
