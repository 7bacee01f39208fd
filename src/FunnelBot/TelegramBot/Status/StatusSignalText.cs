using System.Globalization;
using System.Text;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Status;

/// <summary>
/// The "signal or noise" block of <c>/status &lt;metric&gt;</c>: whether the week's value is routine variation or
/// exceptional against the natural process limits of the 12 weeks before it, the limits and the centre line, and the
/// window by its dates (docs/scorecard.md, "Signal or noise").
/// </summary>
public static class StatusSignalText
{
    public static string Render(MetricDefinition metric, WeekSignal signal, CultureInfo culture)
    {
        var baseline = signal.Baseline;
        var week = PeriodNames.Week(baseline.Week, culture);
        var before = Dates.Day(baseline.Week.Monday, culture);
        var text = new StringBuilder(BotTexts.Html("status.signal_header", culture));
        text.Append('\n');
        if (baseline.Limits is not { } limits)
        {
            return text.Append(BotTexts.Html("status.signal_not_enough", culture, week, before, baseline.ValuesUsed, XmrChart.MinimumValues)).ToString();
        }

        var value = MetricValueText.Format(signal.Value, metric, culture);
        text.Append(signal.Verdict switch
        {
            SignalVerdict.ExceptionalAbove => BotTexts.Html("status.signal_above", culture, week, value, Figure(limits.Upper, limits, metric, culture)),
            SignalVerdict.ExceptionalBelow => BotTexts.Html("status.signal_below", culture, week, value, Figure(limits.Lower, limits, metric, culture)),
            SignalVerdict.Routine => BotTexts.Html("status.signal_routine", culture, week, value),
            _ => BotTexts.Html("status.signal_no_value", culture, week),
        });
        text.Append('\n').Append(BotTexts.Html(
            baseline.ValuesUsed == SignalBaseline.Weeks ? "status.signal_limits" : "status.signal_limits_partial", culture, before,
            Figure(limits.Lower, limits, metric, culture), Figure(limits.Upper, limits, metric, culture),
            MetricValueText.Centre(limits.Centre, metric, culture), baseline.ValuesUsed));
        return text.ToString();
    }

    private static string Figure(decimal limit, ProcessLimits limits, MetricDefinition metric, CultureInfo culture) =>
        MetricValueText.Limit(limit, limits.Centre, metric, culture);
}
