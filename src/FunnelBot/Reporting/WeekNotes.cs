namespace FunnelBot.Reporting;

/// <summary>A countermeasure task as a report lists it.</summary>
public sealed record CountermeasureNote(int Task, string Title, string Owner, DateOnly Due, string Status);

/// <summary>What was said about one metric's week: the causes, the member's own words, what worked, the countermeasures.</summary>
public sealed record MetricWeekNote(
    IReadOnlyList<string> Causes,
    string? OtherCause,
    string? WhatWorked,
    IReadOnlyList<CountermeasureNote> Countermeasures,
    bool NoCountermeasure)
{
    public static MetricWeekNote Empty { get; } = new([], null, null, [], false);

    public bool IsEmpty => Causes.Count == 0 && OtherCause is null && WhatWorked is null && Countermeasures.Count == 0 && !NoCountermeasure;
}

/// <summary>
/// The notes of a week, by metric key; a metric without any has <see cref="MetricWeekNote.Empty"/>. The one reading of a
/// week's causes and countermeasures: the report and the digest both show these.
/// </summary>
public sealed class WeekNotes
{
    private readonly Dictionary<string, MetricWeekNote> _byMetric;

    /// <param name="noted">The metrics that have notes, in the configuration's order.</param>
    public WeekNotes(IReadOnlyList<KeyValuePair<string, MetricWeekNote>> noted)
    {
        Noted = noted;
        _byMetric = new Dictionary<string, MetricWeekNote>(noted, StringComparer.Ordinal);
    }

    public static WeekNotes None { get; } = new([]);

    /// <summary>The metrics that have notes, in the configuration's order.</summary>
    public IReadOnlyList<KeyValuePair<string, MetricWeekNote>> Noted { get; }

    public MetricWeekNote For(string metric) => _byMetric.TryGetValue(metric, out var note) ? note : MetricWeekNote.Empty;
}
