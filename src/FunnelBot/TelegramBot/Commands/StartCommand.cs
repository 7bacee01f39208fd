using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// <c>/start [code]</c>: greets a known member; binds an account at once only by the member's configured user id or a
/// valid one-time invitation code; an account whose username matches a member asks a manager to confirm it and
/// waits. Anyone else gets a polite refusal that does not name the team, and nothing is stored.
/// </summary>
public sealed class StartCommand : IBotCommand
{
    private readonly MemberDirectory _members;
    private readonly MemberBinder _binder;
    private readonly MemberWelcome _welcome;
    private readonly InviteStore _invites;
    private readonly BindRequestStore _requests;
    private readonly TeamConfiguration _team;
    private readonly OncePerDayNotices _strangers;
    private readonly MemberReachability _reachability;

    public StartCommand(
        MemberDirectory members, MemberBinder binder, MemberWelcome welcome, InviteStore invites, BindRequestStore requests, TeamConfiguration team,
        OncePerDayNotices strangers, MemberReachability reachability)
    {
        _strangers = strangers;
        _reachability = reachability;
        _members = members;
        _binder = binder;
        _welcome = welcome;
        _invites = invites;
        _requests = requests;
        _team = team;
    }

    public string Name => "start";

    public CommandAccess Access => CommandAccess.Anyone;

    public bool WorksInGroups => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (!request.IsPrivate)
        {
            var text = request.Member is null
                ? BotTexts.Html("refuse.not_member", request.Culture)
                : BotTexts.Html("start.in_group", request.Culture);
            response.SendHtml(request.ChatId, text);
            return Task.CompletedTask;
        }

        if (request.Member is { } known)
        {
            Greet(known, request, response);
            return Task.CompletedTask;
        }

        if (request.Arguments.Length > 0)
        {
            UseInvitation(request, response);
            return Task.CompletedTask;
        }

        if (_members.RequestableByUsername(request.From.Username) is { } requested)
        {
            if (_requests.PendingFrom(request.From.Id) is { } pending)
            {
                response.SendHtml(request.ChatId, BotTexts.Html("start.request_pending", _binder.CultureOfRequest(pending)));
            }
            else
            {
                _binder.Request(requested, request.From, request.ChatId, response);
            }

            return Task.CompletedTask;
        }

        _strangers.Send(request.ChatId, BotTexts.Html("start.stranger", request.Culture), response);
        return Task.CompletedTask;
    }

    /// <summary>A known member: bound already (greeted again), or configured by user id and bound now.</summary>
    private void Greet(TeamMember member, BotRequest request, BotResponse response)
    {
        var binding = _members.BindingOf(member.Key);
        if (binding is null || binding.UserId != request.From.Id)
        {
            _binder.Bind(member, request.From, request.ChatId, BindWay.ConfiguredId, confirmedBy: null, response);
            return;
        }

        response.Write(() => _reachability.MarkReachable(member.Key, request.ChatId));

        response.SendHtml(request.ChatId, _welcome.For(member, request.Culture));
    }

    private void UseInvitation(BotRequest request, BotResponse response)
    {
        var invite = _invites.Valid(request.Arguments);
        var member = invite is null || _members.BindingOf(invite.Member) is not null ? null : _team.FindMember(invite.Member);
        if (invite is null || member is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("start.code_invalid", request.Culture));
            return;
        }

        response.Write(() => _invites.MarkUsed(invite));
        _binder.Bind(member, request.From, request.ChatId, BindWay.Invitation, confirmedBy: null, response);
    }
}
