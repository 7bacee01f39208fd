using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// The one place that binds a member to a Telegram account (by configured user id, invitation or a manager's
/// confirmation) and unbinds one. Every bind and unbind is told to the other managers; the member's other
/// invitations are revoked and other people's requests for the member are closed; a manager who binds gets the
/// requests that waited for a manager.
/// </summary>
public sealed class MemberBinder
{
    private readonly MemberBindingStore _bindings;
    private readonly BindRequestStore _requests;
    private readonly InviteStore _invites;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly MemberWelcome _welcome;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public MemberBinder(
        MemberBindingStore bindings, BindRequestStore requests, InviteStore invites, MemberDirectory members, MemberCultures cultures,
        MemberWelcome welcome, TeamConfiguration team, TimeProvider time)
    {
        _bindings = bindings;
        _requests = requests;
        _invites = invites;
        _members = members;
        _cultures = cultures;
        _welcome = welcome;
        _team = team;
        _time = time;
    }

    /// <summary>
    /// Binds <paramref name="member"/> to <paramref name="user"/> (private chat <paramref name="chatId"/>) and greets them
    /// there; <paramref name="confirmedBy"/> is the manager who confirmed a request.
    /// </summary>
    public void Bind(TeamMember member, User user, long chatId, BindWay way, TeamMember? confirmedBy, BotResponse response)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var language = MemberCultures.Supported(user.LanguageCode);
        var waiting = _requests.PendingFor(member.Key);
        var boundAt = _bindings.ForMember(member.Key) is { } earlier && earlier.UserId == user.Id ? earlier.BoundAt : now;
        response.Write(() =>
        {
            _bindings.Save(new MemberBinding
            {
                Id = member.Key,
                UserId = user.Id,
                ChatId = chatId,
                Username = user.Username,
                LanguageCode = language,
                BoundAt = boundAt,
                Unreachable = false,
            });
            _invites.Revoke(member.Key);
            foreach (var request in waiting)
            {
                request.Status = request.UserId == user.Id ? BindRequestStatus.Approved : BindRequestStatus.Superseded;
                request.DecidedBy = confirmedBy?.Key;
                request.DecidedAt = now;
                _requests.Save(request);
            }
        });

        var culture = member.Locale is { } locale ? BotTexts.CultureOf(locale) : BotTexts.CultureOf(language ?? _team.Team.Locale);
        response.SendHtml(chatId, _welcome.For(member, culture), memberKey: member.Key);
        foreach (var other in waiting.Where(r => r.UserId != user.Id))
        {
            response.SendHtml(other.ChatId, BotTexts.Html("start.request_rejected", CultureOfRequest(other)));
        }

        var identity = TelegramIdentity.Describe(user);
        foreach (var (manager, managerChat) in ManagersToTell(member, confirmedBy))
        {
            var managerCulture = _cultures.For(manager);
            response.SendHtml(managerChat, BotTexts.Html("bind.notice", managerCulture, member.DisplayName, identity, WayText(way, confirmedBy, managerCulture)));
        }

        if (member.Role == MemberRole.Manager)
        {
            response.Send(new Outgoing.OutgoingMessage { ChatId = chatId, Kind = Outgoing.OutgoingKind.ManagerMenu, MemberKey = member.Key });
            var managerCulture = culture;
            foreach (var request in _requests.Pending().Where(r => r.Member != member.Key))
            {
                response.SendHtml(chatId, RequestCard(request, managerCulture), BindRequestButtons.For(request.Id, managerCulture));
            }
        }
    }

    /// <summary>Unbinds a member: their chat is no longer the team's, and they and the other managers are told.</summary>
    public void Unbind(TeamMember member, MemberBinding binding, TeamMember byManager, BotResponse response)
    {
        response.Write(() => _bindings.Remove(member.Key));
        response.SendHtml(binding.ChatId, BotTexts.Html("unbind.notice", _cultures.For(member)));
        var identity = TelegramIdentity.Describe(binding.Username, string.Empty, binding.UserId);
        foreach (var (manager, managerChat) in ManagersToTell(member, byManager))
        {
            response.SendHtml(managerChat, BotTexts.Html("unbind.manager_notice", _cultures.For(manager), member.DisplayName, identity, byManager.DisplayName));
        }
    }

    /// <summary>A new request from <paramref name="user"/> to be <paramref name="member"/>: stored and shown to every bound manager.</summary>
    public void Request(TeamMember member, User user, long chatId, BotResponse response)
    {
        var request = new BindRequest
        {
            Id = BindRequestStore.NewId(),
            Member = member.Key,
            UserId = user.Id,
            ChatId = chatId,
            Username = user.Username,
            TelegramName = TelegramIdentity.NameOf(user),
            LanguageCode = MemberCultures.Supported(user.LanguageCode),
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        };
        response.Write(() => _requests.Add(request));
        response.SendHtml(chatId, BotTexts.Html("start.request_sent", CultureOfRequest(request)));
        foreach (var (manager, managerChat) in ManagersToTell(member, confirmedBy: null))
        {
            var culture = _cultures.For(manager);
            response.SendHtml(managerChat, RequestCard(request, culture), BindRequestButtons.For(request.Id, culture), manager.Key);
        }
    }

    /// <summary>The card a manager sees for a request, with the account described so that a squatter stands out.</summary>
    public string RequestCard(BindRequest request, CultureInfo culture) =>
        BotTexts.Html(
            "bind.request", culture, TelegramIdentity.Describe(request.Username, request.TelegramName, request.UserId),
            _team.FindMember(request.Member)?.DisplayName ?? request.Member);

    public CultureInfo CultureOfRequest(BindRequest request) =>
        _team.FindMember(request.Member)?.Locale is { } locale
            ? BotTexts.CultureOf(locale)
            : BotTexts.CultureOf(request.LanguageCode ?? _team.Team.Locale);

    /// <summary>Bound managers other than the member and the manager who acted, with their private chats.</summary>
    private IEnumerable<(TeamMember Manager, long ChatId)> ManagersToTell(TeamMember member, TeamMember? confirmedBy)
    {
        foreach (var manager in _team.Members.Where(m => m.Role == MemberRole.Manager && m.Key != member.Key && m.Key != confirmedBy?.Key))
        {
            if (_members.PrivateChatOf(manager.Key) is { } chat)
            {
                yield return (manager, chat);
            }
        }
    }

    private static string WayText(BindWay way, TeamMember? confirmedBy, CultureInfo culture) => way switch
    {
        BindWay.ConfiguredId => BotTexts.Template("bind.way_configured", culture),
        BindWay.Invitation => BotTexts.Template("bind.way_invitation", culture),
        _ => string.Format(culture, BotTexts.Template("bind.way_confirmed", culture), confirmedBy?.DisplayName ?? string.Empty),
    };
}
