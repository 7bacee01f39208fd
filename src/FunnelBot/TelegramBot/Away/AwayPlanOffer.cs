using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Away;

/// <summary>
/// The offer to the manager after an absence that makes at least one week away, when the absent member owns entered
/// metrics: set those metrics' plans for the away weeks to 0 with the absence's note (week overrides). Sent in the
/// manager's own chat (the reply when the manager recorded it, else privately); only the manager's answer counts.
/// </summary>
public sealed class AwayPlanOffer
{
    private readonly TeamConfiguration _team;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly AwayRenderer _renderer;

    public AwayPlanOffer(TeamConfiguration team, MemberDirectory members, MemberCultures cultures, AwayRenderer renderer)
    {
        _team = team;
        _members = members;
        _cultures = cultures;
        _renderer = renderer;
    }

    /// <summary>Queues the offer to every reachable manager when there is something to offer; <paramref name="caller"/>'s chat is used for the caller.</summary>
    public void Queue(AwayDocument absence, BotRequest caller, BotResponse response)
    {
        if (absence.Period.AwayWeeks().Count == 0 || MetricsOf(absence.Member).Count == 0)
        {
            return;
        }

        foreach (var manager in _team.Members.Where(m => m.Role == MemberRole.Manager))
        {
            var isCaller = manager.Key == caller.Member?.Key;
            var chat = isCaller ? caller.ChatId : _members.PrivateChatOf(manager.Key);
            if (chat is { } chatId)
            {
                var culture = isCaller ? caller.Culture : _cultures.For(manager);
                response.SendHtml(chatId, Question(absence, culture), AwayButtons.PlanOffer(absence.Id, culture), isCaller ? null : manager.Key);
            }
        }
    }

    /// <summary>The week overrides the offer stores: each of the member's entered metrics, each away week, value 0.</summary>
    public IReadOnlyList<PlanEntry> Overrides(AwayDocument absence) =>
        [.. MetricsOf(absence.Member).SelectMany(metric =>
            absence.Period.AwayWeeks().Select(week => PlanEntry.ForWeek(metric.Key, week, 0m, Note(absence))))];

    /// <summary>What was stored, for the edited offer.</summary>
    public string Zeroed(AwayDocument absence, CultureInfo culture) =>
        BotTexts.Html("away.zeroed", culture, MetricNames(absence.Member, culture), AwayRenderer.Weeks(absence.Period.AwayWeeks(), culture), Note(absence));

    public string Kept(AwayDocument absence, CultureInfo culture) =>
        BotTexts.Html("away.kept", culture, MetricNames(absence.Member, culture), AwayRenderer.Weeks(absence.Period.AwayWeeks(), culture));

    private string Question(AwayDocument absence, CultureInfo culture) =>
        _renderer.Line(absence, culture) + "\n" + BotTexts.Html(
            "away.offer", culture, _renderer.MemberName(absence.Member), AwayRenderer.Weeks(absence.Period.AwayWeeks(), culture),
            MetricNames(absence.Member, culture), Note(absence));

    /// <summary>The note the overrides carry: the absence's note, else "away #3" in the team's language.</summary>
    private string Note(AwayDocument absence) =>
        absence.Note ?? string.Create(CultureInfo.InvariantCulture, $"{BotTexts.Template("away.default_note", _cultures.Team)} #{absence.Id}");

    private string MetricNames(string memberKey, CultureInfo culture) =>
        string.Join(", ", MetricsOf(memberKey).Select(metric => DigestNames.Metric(metric, culture)));

    private List<MetricDefinition> MetricsOf(string memberKey) =>
        [.. _team.Metrics.Where(metric => metric.Kind == MetricKind.Entered && metric.Owner == memberKey)];
}
