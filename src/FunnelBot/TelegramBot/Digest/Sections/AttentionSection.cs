using System.Text;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// What needs attention among the other metrics: those red in the digest's period, and those off plan (yellow or red)
/// in the report's week and the two weeks before it, and those exceptional in the report's week (outside the natural process
/// limits of the 12 weeks before, saying which limit), in the order of the configuration, each with its actual against plan and
/// owner and which of these reasons apply; the metrics whose figures cannot be computed as error lines. A metric without a value is not red here: the
/// owners who have not reported are listed below. The full table is behind the digest's "all metrics" button.
/// </summary>
public sealed class AttentionSection : IDigestSection
{
    private readonly DigestNames _names;
    private readonly DigestFocus _focus;

    public AttentionSection(DigestNames names, DigestFocus focus)
    {
        _names = names;
        _focus = focus;
    }

    public int Order => 200;

    public string? Render(DigestContext context)
    {
        var culture = context.Culture;
        var lines = new List<string>();
        foreach (var score in context.Report.Metrics.Where(s => !_focus.IsHeadline(s.Metric)))
        {
            var main = context.Main(score);
            var red = DigestFocus.IsRed(context.Kind, score);
            var streak = _focus.IsOffPlanThreeWeeks(score.Metric, context.Week, context.Input);
            var exceptional = DigestFocus.IsExceptional(score);
            if (!red && !streak && !exceptional)
            {
                continue;
            }

            object?[] arguments =
            [
                ZoneMarks.Html(main.ShownZone), DigestNames.Metric(score.Metric, culture),
                new HtmlFragment(FigureText.AgainstPlan(main, score.Metric, culture)), _names.Member(score.Metric.Owner),
            ];
            if (exceptional)
            {
                arguments = [.. arguments, new HtmlFragment(SignalText(score, culture))];
            }

            var key = (streak, exceptional) switch
            {
                (true, true) => "digest.attention_line_streak_signal",
                (true, false) => "digest.attention_line_streak",
                (false, true) => "digest.attention_line_signal",
                _ => "digest.attention_line",
            };
            lines.Add(BotTexts.Html(key, culture, arguments));
        }

        lines.AddRange(context.Report.Unavailable.Select(metric => UnavailableLine.Render(metric, context, _names)));
        var header = context.Kind == DigestKind.Weekly ? "digest.attention_header_weekly" : "digest.attention_header_monthly";
        var text = new StringBuilder(BotTexts.Html(header, culture));
        if (lines.Count == 0)
        {
            return text.Append('\n').Append(BotTexts.Html("digest.attention_none", culture)).ToString();
        }

        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }

    /// <summary>Which natural limit of the 12 weeks before the report's week its value crossed, naming the week.</summary>
    private static string SignalText(Domain.Scorecard.MetricScore score, System.Globalization.CultureInfo culture) => BotTexts.Html(
        score.Signal.Verdict == Domain.Signals.SignalVerdict.ExceptionalAbove ? "digest.signal_above" : "digest.signal_below", culture,
        PeriodNames.Week(score.Signal.Baseline.Week, culture), Reporting.MetricValueText.Limit(score.Signal.CrossedLimit!.Value, score.Signal.Baseline.Limits!.Centre, score.Metric, culture));
}
