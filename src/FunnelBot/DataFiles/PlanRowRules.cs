using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>What is wrong with a plan's period for its metric.</summary>
public enum PlanPeriodProblem
{
    /// <summary>Not a month (2026-03), an ISO week (2026-W10) or a year (2026).</summary>
    NotAPeriod,

    /// <summary>A month or a week for a ratio, whose plan is a target per year.</summary>
    RatioTargetPerYear,
}

/// <summary>A plan read from (metric, period, value, note): the plans it stores, or what is wrong with its period.</summary>
public sealed record PlanRowResult(IReadOnlyList<PlanEntry> Entries, PlanPeriodProblem? PeriodProblem);

/// <summary>
/// The rules of a plan's period, shared by the plans file and the chat's <c>/plan set</c>: a month or a week (an
/// override) of an entered metric, a year spread over its months (<see cref="PlanSpread"/>), a ratio's yearly target;
/// each keeps its note. The value was read and checked before, by <see cref="Domain.CheckIns.MetricValueReader"/>.
/// </summary>
public static class PlanRowRules
{
    /// <summary>The plans of one row whose value is already checked.</summary>
    public static PlanRowResult Read(MetricDefinition metric, string period, decimal value, string? note) =>
        metric.IsRatio ? RatioRow(metric, period, value, note) : EnteredRow(metric, period, value, note);

    public static bool IsPeriod(string period) => YearMonth.TryParse(period, out _) || IsoWeek.TryParse(period, out _) || TryParseYear(period, out _);

    public static bool TryParseYear(string text, out int year)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && SupportedYears.Contains(year))
        {
            return true;
        }

        year = 0;
        return false;
    }

    private static PlanRowResult EnteredRow(MetricDefinition metric, string period, decimal plan, string? note)
    {
        IReadOnlyList<PlanEntry> entries =
            YearMonth.TryParse(period, out var month) ? [PlanEntry.ForMonth(metric.Key, month, plan, note)]
            : IsoWeek.TryParse(period, out var week) ? [PlanEntry.ForWeek(metric.Key, week, plan, note)]
            : TryParseYear(period, out var year) ? [.. PlanSpread.YearToMonths(year, plan).Select(share => PlanEntry.ForMonth(metric.Key, share.Month, share.Plan, note))]
            : [];
        var periodProblem = entries.Count == 0 ? PlanPeriodProblem.NotAPeriod : (PlanPeriodProblem?)null;
        return Result(entries, periodProblem);
    }

    private static PlanRowResult RatioRow(MetricDefinition metric, string period, decimal target, string? note)
    {
        if (!TryParseYear(period, out var year))
        {
            var problem = YearMonth.TryParse(period, out _) || IsoWeek.TryParse(period, out _)
                ? PlanPeriodProblem.RatioTargetPerYear
                : PlanPeriodProblem.NotAPeriod;
            return Result([], problem);
        }

        return Result([PlanEntry.ForRatioTarget(metric.Key, year, target, note)], null);
    }

    private static PlanRowResult Result(IReadOnlyList<PlanEntry> entries, PlanPeriodProblem? period) => new(period is null ? entries : [], period);
}
