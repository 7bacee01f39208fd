using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Status;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// The digest's "All metrics" button (<c>dg:all:2026-W48</c>): the week's full table, as <c>/status 2026-W48</c> shows
/// it, sent to the member who pressed it in their private chat, so that the channel's message stays short. Only team
/// members get past the router.
/// </summary>
public sealed class DigestCallbacks : ICallbackHandler
{
    public const string Prefix = "dg";
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly ScorecardTexts _texts;
    private readonly MemberDirectory _members;

    public DigestCallbacks(TeamConfiguration team, ScorecardService scorecards, ScorecardTexts texts, MemberDirectory members)
    {
        _team = team;
        _scorecards = scorecards;
        _texts = texts;
        _members = members;
    }

    string ICallbackHandler.Prefix => Prefix;

    /// <summary>The button under a digest of <paramref name="week"/>.</summary>
    public static List<List<OutgoingButton>> Keyboard(IsoWeek week, System.Globalization.CultureInfo culture) =>
        [[new OutgoingButton { Text = BotTexts.Template("digest.all_metrics_button", culture), Data = $"{Prefix}:all:{week}" }]];

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        if (!data.StartsWith("all:", StringComparison.Ordinal) || !IsoWeek.TryParse(data[4..], out var week)
            || _members.BindingOf(request.RequiredMember.Key) is not { } binding)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        response.SendHtml(binding.ChatId, _texts.Scorecard(_scorecards.Build(week), owner: null, _team.Team.Name, weekInProgress: false, culture));
        response.AnswerCallback(request.IsPrivate ? null : BotTexts.Template("digest.all_metrics_sent", culture));
        return Task.CompletedTask;
    }
}
