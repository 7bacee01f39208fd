using System.Text;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// <c>/invite</c> (manager): a one-tap link for every member who has not started the bot. A bot cannot open a private
/// chat by itself, so each member must press Start once; the link does that and binds them.
/// </summary>
public sealed class InviteCommand : IBotCommand
{
    private readonly MemberDirectory _members;
    private readonly InviteStore _invites;
    private readonly BotIdentity _identity;

    public InviteCommand(MemberDirectory members, InviteStore invites, BotIdentity identity)
    {
        _members = members;
        _invites = invites;
        _identity = identity;
    }

    public string Name => "invite";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var unbound = _members.Members.Where(m => _members.BindingOf(m.Key) is null).ToList();
        if (unbound.Count == 0)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("invite.none", request.Culture));
            return Task.CompletedTask;
        }

        var invites = new List<(string Name, Invite Invite)>();
        foreach (var member in unbound)
        {
            invites.Add((member.DisplayName, _invites.For(member.Key)));
        }

        var text = new StringBuilder(BotTexts.Html("invite.header", request.Culture));
        foreach (var (name, invite) in invites)
        {
            var link = $"https://t.me/{_identity.Username}?start={invite.Id}";
            text.Append('\n').Append(BotTexts.Html("invite.line", request.Culture, name, link));
        }

        response.SendHtml(request.ChatId, text.ToString());
        return Task.CompletedTask;
    }
}
