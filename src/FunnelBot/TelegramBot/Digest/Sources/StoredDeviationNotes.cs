using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>The causes and countermeasures recorded in the check-ins, in the team's language, for the digest.</summary>
public sealed class StoredDeviationNotes : IDeviationNotes
{
    private readonly DeviationStore _deviations;
    private readonly WorkTaskStore _tasks;
    private readonly CauseCatalogue _causes;
    private readonly TeamConfiguration _team;

    public StoredDeviationNotes(DeviationStore deviations, WorkTaskStore tasks, CauseCatalogue causes, TeamConfiguration team)
    {
        _deviations = deviations;
        _tasks = tasks;
        _causes = causes;
        _team = team;
    }

    public IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks)
    {
        if (weeks.Count == 0)
        {
            return [];
        }

        var records = _deviations.Between(weeks.Min(), weeks.Max()).Where(d => weeks.Contains(new IsoWeek(d.IsoYear, d.Week)));
        return [.. records.Select(ToNote)];
    }

    private DeviationNote ToNote(DeviationDocument record)
    {
        var names = record.Causes
            .Where(code => code != Cause.OtherCode)
            .Select(code => _causes.Find(code)?.Names.For(_team.Team.Locale) ?? code)
            .ToList();
        if (!string.IsNullOrWhiteSpace(record.OtherText))
        {
            names.Add(record.OtherText);
        }

        if (!string.IsNullOrWhiteSpace(record.WhatWorked))
        {
            names.Add(record.WhatWorked);
        }

        var task = record.TaskNumber is { } number ? _tasks.Find(number) : null;
        return new DeviationNote(record.Metric, new IsoWeek(record.IsoYear, record.Week), string.Join("; ", names), task?.Title, task?.Owner, task?.DueDate);
    }
}
