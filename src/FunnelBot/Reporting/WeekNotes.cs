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

/// <summary>The notes of a report's week, by metric key; a metric without any has <see cref="MetricWeekNote.Empty"/>.</summary>
public sealed class WeekNotes
{
    private readonly IReadOnlyDictionary<string, MetricWeekNote> _byMetric;

    public WeekNotes(IReadOnlyDictionary<string, MetricWeekNote> byMetric)
    {
        _byMetric = byMetric;
    }

    public static WeekNotes None { get; } = new(new Dictionary<string, MetricWeekNote>());

    public MetricWeekNote For(string metric) => _byMetric.TryGetValue(metric, out var note) ? note : MetricWeekNote.Empty;
}
