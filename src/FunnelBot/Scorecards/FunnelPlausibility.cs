using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Storage;

namespace FunnelBot.Scorecards;

/// <summary>A rule a week's stored values break, and whether an entry of either value in its window was confirmed as right.</summary>
public sealed record FunnelFinding(FunnelOutcome Outcome, bool Confirmed);

/// <summary>
/// The team's funnel rules (<see cref="TeamConfiguration.FunnelRules"/>) against the stored values: the facts a check-in
/// step checks with, what a value about to be entered would break, and what a week's values break. The one reading of
/// the rules for the check-in, <c>/edit</c>, the import, the digest, the report and <c>/attention</c>.
/// </summary>
public sealed class FunnelPlausibility
{
    private readonly WeeklyValueStore _values;
    private readonly IReadOnlyList<string> _metrics;
    private readonly int _reach;

    public FunnelPlausibility(TeamConfiguration team, WeeklyValueStore values)
    {
        _values = values;
        Check = new FunnelCheck(team.FunnelRules);
        _metrics = [.. team.FunnelRules.SelectMany(rule => new[] { rule.Metric, rule.AtMost }).Distinct(StringComparer.Ordinal)];
        _reach = team.FunnelRules.Count == 0 ? 0 : team.FunnelRules.Max(rule => rule.Weeks);
    }

    public FunnelCheck Check { get; }

    /// <summary>The stored values a check of <paramref name="week"/> may read: every window that contains it.</summary>
    public FunnelFacts FactsFor(IsoWeek week) => _reach == 0 ? FunnelFacts.None : new FunnelFacts(Check, ValuesAround(week, week));

    /// <summary>The rules <paramref name="value"/> for <paramref name="metric"/> in <paramref name="week"/> would break.</summary>
    public IReadOnlyList<FunnelOutcome> BrokenBy(string metric, IsoWeek week, decimal value) => FactsFor(week).BrokenBy(metric, week, value);

    /// <summary>What the stored values of <paramref name="week"/> break, each with whether it was confirmed.</summary>
    public IReadOnlyList<FunnelFinding> Findings(IsoWeek week)
    {
        if (_reach == 0)
        {
            return [];
        }

        var broken = Check.Broken(week, ValuesAround(week, week));
        return [.. broken.Select(outcome => new FunnelFinding(outcome, IsConfirmed(outcome)))];
    }

    /// <summary>Every rule checked for <paramref name="week"/> (held, broken or unknown), for the report.</summary>
    public IReadOnlyList<FunnelFinding> Outcomes(IsoWeek week)
    {
        if (_reach == 0)
        {
            return [];
        }

        var outcomes = Check.Outcomes(week, ValuesAround(week, week));
        return [.. outcomes.Select(outcome => new FunnelFinding(outcome, outcome.IsBroken && IsConfirmed(outcome)))];
    }

    /// <summary>
    /// The rules the rows of a file would break once stored (the stored values with the rows over them): every window that
    /// contains a row's week and a row's value, each once, earliest first.
    /// </summary>
    public IReadOnlyList<FunnelOutcome> BrokenByRows(IReadOnlyList<WeeklyValue> rows)
    {
        if (_reach == 0 || rows.Count == 0)
        {
            return [];
        }

        var from = rows.Min(row => row.Week);
        var to = rows.Max(row => row.Week);
        var values = Load(from.AddWeeks(1 - _reach), to.AddWeeks(_reach - 1));
        foreach (var row in rows.Where(row => values.ContainsKey(row.Metric)))
        {
            values[row.Metric][row.Week] = row.Value;
        }

        var funnel = new FunnelValues(values.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<IsoWeek, decimal>)pair.Value, StringComparer.Ordinal));
        var touched = rows.Select(row => (row.Metric, row.Week)).ToHashSet();
        var broken = new List<FunnelOutcome>();
        foreach (var week in rows.Select(row => row.Week).Distinct().Order())
        {
            foreach (var rule in Check.Rules)
            {
                for (var ahead = 0; ahead < rule.Weeks; ahead++)
                {
                    var end = week.AddWeeks(ahead);
                    var outcome = FunnelCheck.Evaluate(rule, end, funnel);
                    var inWindow = Enumerable.Range(0, rule.Weeks).Select(back => end.AddWeeks(-back)).ToList();
                    if (outcome.IsBroken && inWindow.Any(day => touched.Contains((rule.Metric, day)) || touched.Contains((rule.AtMost, day)))
                        && !broken.Any(b => b.Rule == rule && b.Week == end))
                    {
                        broken.Add(outcome);
                    }
                }
            }
        }

        return [.. broken.OrderBy(outcome => outcome.Week)];
    }

    /// <summary>Whether an entry of either metric in the outcome's window was confirmed as right.</summary>
    public bool IsConfirmed(FunnelOutcome outcome)
    {
        for (var back = 0; back < outcome.Rule.Weeks; back++)
        {
            var week = outcome.Week.AddWeeks(-back);
            if (_values.IsFunnelConfirmed(outcome.Rule.Metric, week) || _values.IsFunnelConfirmed(outcome.Rule.AtMost, week))
            {
                return true;
            }
        }

        return false;
    }

    private FunnelValues ValuesAround(IsoWeek from, IsoWeek to)
    {
        var values = Load(from.AddWeeks(1 - _reach), to.AddWeeks(_reach - 1));
        return new FunnelValues(values.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<IsoWeek, decimal>)pair.Value, StringComparer.Ordinal));
    }

    private Dictionary<string, Dictionary<IsoWeek, decimal>> Load(IsoWeek from, IsoWeek to)
    {
        var values = new Dictionary<string, Dictionary<IsoWeek, decimal>>(StringComparer.Ordinal);
        foreach (var metric in _metrics)
        {
            var weeks = new Dictionary<IsoWeek, decimal>();
            for (var week = from; week <= to; week = week.Next)
            {
                if (_values.Get(metric, week) is { } value)
                {
                    weeks[week] = value;
                }
            }

            values[metric] = weeks;
        }

        return values;
    }
}
