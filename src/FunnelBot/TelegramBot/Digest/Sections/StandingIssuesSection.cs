using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>Metrics off plan three weeks in a row: weekly zone yellow or red in the report's week and the two before.</summary>
public sealed class StandingIssuesSection : IDigestSection
{
    public const int Weeks = 3;
    private readonly DigestNames _names;
    private readonly ScorecardEngine _engine;

    public StandingIssuesSection(TeamConfiguration team, DigestNames names)
    {
        _names = names;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    public int Order => 300;

    public string? Render(DigestContext context)
    {
        var lines = new List<string>();
        foreach (var score in context.Report.Metrics)
        {
            var zones = Enumerable.Range(0, Weeks)
                .Select(back => context.Week.AddWeeks(back - Weeks + 1))
                .Select(week => _engine.WeekFigures(score.Metric, week, context.Input)?.Zone ?? Zone.None)
                .ToList();
            if (zones.All(zone => zone is Zone.Yellow or Zone.Red))
            {
                var marks = new HtmlFragment(string.Concat(zones.Select(ZoneMarks.Of)));
                lines.Add(BotTexts.Html("digest.standing_line", context.Culture, marks, _names.MetricWithOwner(score.Metric, context.Culture)));
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(BotTexts.Html("digest.standing_header", context.Culture));
        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }
}
