using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>
/// The causes and countermeasures of the digest's weeks, as the report reads them (<see cref="WeekNotesService"/>), with
/// the causes named in the team's language.
/// </summary>
public sealed class StoredDeviationNotes : IDeviationNotes
{
    private readonly WeekNotesService _weekNotes;
    private readonly CauseCatalogue _causes;
    private readonly TeamConfiguration _team;

    public StoredDeviationNotes(WeekNotesService weekNotes, CauseCatalogue causes, TeamConfiguration team)
    {
        _weekNotes = weekNotes;
        _causes = causes;
        _team = team;
    }

    public IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks) =>
        [.. weeks.Order().SelectMany(week => _weekNotes.For(week).Noted.Select(noted => ToNote(noted.Key, week, noted.Value)))];

    private DeviationNote ToNote(string metric, IsoWeek week, MetricWeekNote note)
    {
        var names = note.Causes
            .Where(code => code != Cause.OtherCode)
            .Select(code => _causes.Find(code)?.Names.For(_team.Team.Locale) ?? code)
            .ToList();
        if (note.OtherCause is { } other)
        {
            names.Add(other);
        }

        if (note.WhatWorked is { } worked)
        {
            names.Add(worked);
        }

        return new DeviationNote(
            metric, week, string.Join("; ", names), [.. note.Countermeasures.Select(task => new DigestCountermeasure(task.Title, task.Owner, task.Due))]);
    }
}
