using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// What needs attention among the other metrics: those red in the digest's period, and those off plan (yellow or red)
/// in the report's week and the two weeks before it, in the order of the configuration, each with its actual against plan and
/// owner; the metrics whose figures cannot be computed as error lines. A metric without a value is not red here: the
/// owners who have not reported are listed below. The full table is behind the digest's "all metrics" button.
/// </summary>
public sealed class AttentionSection : IDigestSection
{
    /// <summary>Weeks in a row off plan that make a standing issue.</summary>
    public const int StreakWeeks = 3;

    private readonly TeamConfiguration _team;
    private readonly DigestNames _names;
    private readonly ScorecardEngine _engine;

    public AttentionSection(TeamConfiguration team, DigestNames names)
    {
        _team = team;
        _names = names;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    public int Order => 200;

    public string? Render(DigestContext context)
    {
        var culture = context.Culture;
        var lines = new List<string>();
        foreach (var score in context.Report.Metrics.Where(s => !_team.Team.HeadlineMetrics.Contains(s.Metric.Key, StringComparer.Ordinal)))
        {
            var main = context.Main(score);
            var red = main.HasValues && main.Zone == Zone.Red;
            var streak = IsOffPlanThreeWeeks(score.Metric, context);
            if (red || streak)
            {
                lines.Add(BotTexts.Html(
                    streak ? "digest.attention_line_streak" : "digest.attention_line", culture, ZoneMarks.Html(main.ShownZone),
                    DigestNames.Metric(score.Metric, culture), new HtmlFragment(FigureText.AgainstPlan(main, score.Metric, culture)), _names.Member(score.Metric.Owner)));
            }
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

    /// <summary>Yellow or red in the report's week and the two before it (a missing week counts with its 0).</summary>
    public bool IsOffPlanThreeWeeks(MetricDefinition metric, DigestContext context) =>
        Enumerable.Range(0, StreakWeeks)
            .Select(back => _engine.WeekFigures(metric, context.Week.AddWeeks(-back), context.Input)?.Zone ?? Zone.None)
            .All(zone => zone is Zone.Yellow or Zone.Red);
}
