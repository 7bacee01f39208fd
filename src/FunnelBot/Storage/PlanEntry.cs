using System.Globalization;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Storage;

/// <summary>What a stored plan covers.</summary>
public enum PlanKind
{
    /// <summary>An entered metric's plan for a calendar month.</summary>
    Month,

    /// <summary>An entered metric's plan for one ISO week, replacing its month's share (with a note).</summary>
    WeekOverride,

    /// <summary>A ratio metric's target for an ISO year.</summary>
    RatioTarget,
}

/// <summary>One plan as written to or read from the store. <see cref="Number"/> is the month or week number (0 for a year).</summary>
public sealed record PlanEntry(string Metric, PlanKind Kind, int Year, int Number, decimal Value, string? Note = null)
{
    public static PlanEntry ForMonth(string metric, YearMonth month, decimal value, string? note = null) =>
        new(metric, PlanKind.Month, month.Year, month.Month, value, note);

    public static PlanEntry ForWeek(string metric, IsoWeek week, decimal value, string? note) =>
        new(metric, PlanKind.WeekOverride, week.Year, week.Week, value, note);

    public static PlanEntry ForRatioTarget(string metric, int year, decimal value, string? note = null) =>
        new(metric, PlanKind.RatioTarget, year, 0, value, note);

    /// <summary>The period as the data files write it: <c>2026-03</c>, <c>2026-W10</c> or <c>2026</c>.</summary>
    public string PeriodText => Kind switch
    {
        PlanKind.Month => new YearMonth(Year, Number).ToString(),
        PlanKind.WeekOverride => new IsoWeek(Year, Number).ToString(),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public string Id => $"{Metric}|{PeriodText}";
}
