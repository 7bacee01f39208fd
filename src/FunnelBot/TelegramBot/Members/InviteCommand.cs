using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// <c>/invite</c> (manager): a one-tap link for every member who has not started the bot, valid once and until it
/// expires (<c>Access:InvitationLifetime</c>). A bot cannot open a private chat by itself, so each member must press
/// Start once; the link does that and binds them. <c>/invite revoke @member</c> makes the member's links useless.
/// </summary>
public sealed class InviteCommand : IBotCommand
{
    private const string RevokeWord = "revoke";
    private readonly MemberDirectory _members;
    private readonly InviteStore _invites;
    private readonly BotIdentity _identity;
    private readonly TeamClock _calendar;

    public InviteCommand(MemberDirectory members, InviteStore invites, BotIdentity identity, TeamClock calendar)
    {
        _members = members;
        _invites = invites;
        _identity = identity;
        _calendar = calendar;
    }

    public string Name => "invite";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var words = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 0 && string.Equals(words[0], RevokeWord, StringComparison.OrdinalIgnoreCase))
        {
            Revoke(words.Length == 2 ? words[1] : null, request, response);
            return Task.CompletedTask;
        }

        var unbound = _members.Members.Where(m => _members.BindingOf(m.Key) is null).ToList();
        if (unbound.Count == 0)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("invite.none", request.Culture));
            return Task.CompletedTask;
        }

        var invites = unbound.Select(member => (member.DisplayName, Invite: _invites.Prepare(member.Key, request.RequiredMember.Key))).ToList();
        response.Write(() =>
        {
            foreach (var (_, invite) in invites)
            {
                _invites.Save(invite);
            }
        });

        var text = new StringBuilder(BotTexts.Html("invite.header", request.Culture));
        foreach (var (name, invite) in invites)
        {
            var link = $"https://t.me/{_identity.Username}?start={invite.Id}";
            text.Append('\n').Append(BotTexts.Html("invite.line", request.Culture, name, link, Until(invite, request.Culture)));
        }

        text.Append("\n\n").Append(BotTexts.Html("invite.footer", request.Culture));
        response.SendHtml(request.ChatId, text.ToString());
        return Task.CompletedTask;
    }

    private void Revoke(string? name, BotRequest request, BotResponse response)
    {
        var member = name is null ? null : _members.FindByKeyOrUsername(name);
        if (member is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("invite.revoke_usage", request.Culture, _members.Mentions()));
            return;
        }

        if (_invites.ValidFor(member.Key).Count == 0)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("invite.revoke_none", request.Culture, member.DisplayName));
            return;
        }

        response.Write(() => _invites.Revoke(member.Key));
        response.SendHtml(request.ChatId, BotTexts.Html("invite.revoked", request.Culture, member.DisplayName));
    }

    /// <summary>The last day the link works, in the team's zone: "8 December", "8 декабря".</summary>
    private string Until(Invite invite, CultureInfo culture) =>
        _calendar.Local(invite.ExpiresAt ?? invite.CreatedAt).ToString("d MMMM HH:mm", culture);
}
