using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The green-zone table: each owner's share in green of the metrics they reported for the period (a value and a plan),
/// highest first, ties by more green metrics, then by the order of the configuration. An owner away for the whole
/// period, or with nothing reported, is left out rather than ranked last with "0 of 0"; <c>Team:GreenZoneTable</c>
/// switches the table off.
/// </summary>
public sealed class GreenZoneSection : IDigestSection
{
    private readonly TeamConfiguration _team;
    private readonly IAwayCalendar _away;

    public GreenZoneSection(TeamConfiguration team, IAwayCalendar away)
    {
        _team = team;
        _away = away;
    }

    public int Order => 700;

    public string? Render(DigestContext context)
    {
        var rows = _team.Team.GreenZoneTable ? Rank(context) : [];
        if (rows.Count == 0)
        {
            return null;
        }

        var culture = context.Culture;
        var text = new StringBuilder(BotTexts.Html("digest.green_header", culture));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            text.Append('\n').Append(BotTexts.Html(
                "digest.green_line", culture, (i + 1).ToString(CultureInfo.InvariantCulture), row.Member.DisplayName,
                row.Green, row.Counted, MetricValueText.Share(row.Share, culture)));
        }

        return text.ToString();
    }

    /// <summary>The ranked rows: owners present in the period with at least one reported metric that has a zone.</summary>
    public IReadOnlyList<GreenZoneRow> Rank(DigestContext context)
    {
        var away = _away.AwayWeeks(_team.Members.Select(member => member.Key), context.Weeks);
        return
        [
            .. _team.Members
                .Select((member, index) => (member, index, zones: away[member.Key].Count == context.Weeks.Count
                    ? []
                    : context.Report.Metrics
                        .Where(s => s.Metric.Owner == member.Key && context.Main(s).HasValues)
                        .Select(s => context.Main(s).Zone)
                        .Where(zone => zone != Zone.None)
                        .ToList()))
                .Where(x => x.zones.Count > 0)
                .Select(x => (x.index, row: new GreenZoneRow(x.member, x.zones.Count(z => z == Zone.Green), x.zones.Count)))
                .OrderByDescending(x => x.row.Share)
                .ThenByDescending(x => x.row.Green)
                .ThenBy(x => x.index)
                .Select(x => x.row),
        ];
    }
}

/// <summary>One owner's line of the green-zone table.</summary>
public sealed record GreenZoneRow(TeamMember Member, int Green, int Counted)
{
    public decimal Share => (decimal)Green / Counted;
}
