using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting;

/// <summary>
/// The one way a metric's figures are written for people, in chat, chart, CLI and exports (docs/scorecard.md,
/// "Figures as shown"). Entered values follow their unit (<see cref="NumberFormatting"/>); a ratio is a fraction, shown
/// x100 with a percent sign when its unit is <c>percent</c>. Attainment is a whole percent rounded down. A figure that
/// is not there is a dash, never 0.
/// </summary>
public static class MetricValueText
{
    public const string Dash = NumberFormatting.NoValue;

    public static string Format(decimal? value, MetricDefinition metric, CultureInfo culture)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        if (!metric.IsRatio)
        {
            return NumberFormatting.Format(v, metric.Unit, culture);
        }

        return metric.Unit switch
        {
            MetricUnit.Percent => NumberFormatting.Format(Math.Round(v * 100m, 1), MetricUnit.Percent, culture),
            MetricUnit.Money => NumberFormatting.Format(v, MetricUnit.Money, culture),
            _ => Math.Round(v, 2).ToString("#,0.##", culture),
        };
    }

    /// <summary>
    /// The pace a metric needs per week (docs/scorecard.md, "Missing, pace and forecast as shown"), in what can be
    /// done: whole units of a count or money (tenths of a percent), rounded up for a plan to reach and down for a
    /// limit (a lower-is-better metric), so that keeping to the shown pace keeps the plan.
    /// </summary>
    public static string NeededPerWeek(decimal needed, MetricDefinition metric, CultureInfo culture)
    {
        var step = metric.Unit == MetricUnit.Percent ? 0.1m : 1m;
        var steps = needed / step;
        var rounded = (metric.Direction == MetricDirection.Lower ? Math.Floor(steps) : Math.Ceiling(steps)) * step;
        return Format(rounded, metric, culture);
    }

    /// <summary>
    /// A natural process limit (docs/scorecard.md, "Signal or noise"). A count's is written to a tenth, one digit more
    /// than its values (as Wheeler writes limits), rounded towards the centre line: a whole value is then inside the
    /// limit as written exactly when it is inside the limit, so the text never calls 16 "above 16". Other units keep the
    /// precision of their values.
    /// </summary>
    public static string Limit(decimal limit, decimal centre, MetricDefinition metric, CultureInfo culture) =>
        Format(IsCount(metric) ? Math.Round(limit, 1, limit >= centre ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity) : limit, metric, culture);

    /// <summary>A centre line (the mean of the weeks the limits come from): a count's to a tenth, as its limits.</summary>
    public static string Centre(decimal centre, MetricDefinition metric, CultureInfo culture) =>
        Format(IsCount(metric) ? Math.Round(centre, 1, MidpointRounding.AwayFromZero) : centre, metric, culture);

    private static bool IsCount(MetricDefinition metric) => !metric.IsRatio && metric.Unit == MetricUnit.Count;

    /// <summary>A forecast is an estimate: whole units of a count or money, tenths of a percent.</summary>
    public static string Forecast(decimal forecast, MetricDefinition metric, CultureInfo culture) =>
        Format(Math.Round(forecast, metric.Unit == MetricUnit.Percent ? 1 : 0, MidpointRounding.AwayFromZero), metric, culture);

    /// <summary>Attainment (1.2 = 120 %) as a whole percent rounded down, or a dash.</summary>
    public static string Attainment(decimal? attainment, CultureInfo culture) => NumberFormatting.FormatAttainment(attainment, culture);

    /// <summary>A period's attainment, or a dash when none of its weeks has a value (never "0%").</summary>
    public static string Attainment(PeriodFigures figures, CultureInfo culture) =>
        figures.HasValues ? Attainment(figures.Attainment, culture) : Dash;

    /// <summary>A period's change against last year, or a dash when none of its weeks has a value.</summary>
    public static string Change(PeriodFigures figures, CultureInfo culture) =>
        figures.HasValues ? Change(figures.ChangeAgainstLastYear, culture) : Dash;

    /// <summary>A period's actual, or a dash when none of its weeks has a value (the chat says "no data" in words).</summary>
    public static string Actual(PeriodFigures figures, MetricDefinition metric, CultureInfo culture) =>
        figures.HasValues ? Format(figures.Actual, metric, culture) : Dash;

    /// <summary>Change against last year as a signed whole percent ("+12%", "−3%"), or a dash.</summary>
    public static string Change(decimal? change, CultureInfo culture) => NumberFormatting.FormatChange(change, culture);

    /// <summary>A share as a whole percent rounded to the nearest ("2 of 3": 67%), or a dash.</summary>
    public static string Share(decimal? share, CultureInfo culture) => NumberFormatting.FormatShare(share, culture);
}
