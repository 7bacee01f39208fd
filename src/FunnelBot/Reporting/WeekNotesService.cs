using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.Reporting;

/// <summary>
/// Loads a week's causes (deviation records) and countermeasures: the tasks linked to a metric and that week, and the task
/// the deviation record names if it is not linked. The report (<c>report</c>, JSON and text) and the digest's
/// "causes and countermeasures" read them here, so both list the same countermeasures.
/// </summary>
public sealed class WeekNotesService
{
    private readonly TeamConfiguration _team;
    private readonly DeviationStore _deviations;
    private readonly WorkTaskStore _tasks;

    public WeekNotesService(TeamConfiguration team, DeviationStore deviations, WorkTaskStore tasks)
    {
        _team = team;
        _deviations = deviations;
        _tasks = tasks;
    }

    public WeekNotes For(IsoWeek week)
    {
        var deviations = _deviations.ForWeek(week).ToDictionary(d => d.Metric, StringComparer.Ordinal);
        var linked = _tasks.ForWeek(week).Where(t => t.Metric is not null).ToLookup(t => t.Metric!, StringComparer.Ordinal);
        var notes = new List<KeyValuePair<string, MetricWeekNote>>();
        foreach (var metric in _team.Metrics)
        {
            deviations.TryGetValue(metric.Key, out var deviation);
            var tasks = linked[metric.Key].ToList();
            if (deviation?.TaskNumber is { } number && tasks.TrueForAll(t => t.Id != number) && _tasks.Find(number) is { } named)
            {
                tasks.Add(named);
            }

            if (deviation is null && tasks.Count == 0)
            {
                continue;
            }

            notes.Add(new(metric.Key, new MetricWeekNote(
                deviation?.Causes ?? [],
                Blank(deviation?.OtherText),
                Blank(deviation?.WhatWorked),
                [.. tasks.Select(t => new CountermeasureNote(t.Id, t.Title, t.Owner, t.DueDate, StatusText(t.Status)))],
                deviation?.NoCountermeasure ?? false)));
        }

        return new WeekNotes(notes);
    }

    private static string StatusText(WorkTaskStatus status) => EnumText.ToText(status);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
