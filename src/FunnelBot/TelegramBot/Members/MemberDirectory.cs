using FunnelBot.Configuration;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Finds the configured member behind a Telegram user: by user id (configured or bound), never by username.</summary>
public sealed class MemberDirectory
{
    private readonly TeamConfiguration _team;
    private readonly MemberBindingStore _bindings;

    public MemberDirectory(TeamConfiguration team, MemberBindingStore bindings)
    {
        _team = team;
        _bindings = bindings;
    }

    public IReadOnlyList<TeamMember> Members => _team.Members;

    /// <summary>Every member as one would name them in a command: "@anna_ads, @ivan_calls, ...".</summary>
    public string Mentions() => string.Join(", ", _team.Members.Select(m => "@" + (m.Username ?? m.Key)));

    /// <summary>The member this user is, or null for a stranger.</summary>
    public TeamMember? FindByUserId(long userId)
    {
        var configured = _team.Members.FirstOrDefault(m => m.UserId == userId);
        if (configured is not null)
        {
            return configured;
        }

        return _bindings.ForUser(userId) is { } binding ? _team.FindMember(binding.Id) : null;
    }

    /// <summary>
    /// The member whose configured username this account has, when a request to be them makes sense: not a manager
    /// (a manager binds by configured user id or an invitation only), not configured by user id, not bound yet.
    /// </summary>
    public TeamMember? RequestableByUsername(string? username)
    {
        if (string.IsNullOrWhiteSpace(username))
        {
            return null;
        }

        var byName = _team.Members.FirstOrDefault(m =>
            string.Equals(m.Username?.TrimStart('@'), username.TrimStart('@'), StringComparison.OrdinalIgnoreCase));
        return byName is { Role: not MemberRole.Manager, UserId: null } && _bindings.ForMember(byName.Key) is null ? byName : null;
    }

    public MemberBinding? BindingOf(string memberKey) => _bindings.ForMember(memberKey);

    /// <summary>The private chat of a member, when they have started the bot and can be reached.</summary>
    public long? PrivateChatOf(string memberKey) =>
        _bindings.ForMember(memberKey) is { Unreachable: false } binding ? binding.ChatId : null;

    public TeamMember? FindByKeyOrUsername(string text)
    {
        var name = text.TrimStart('@');
        return _team.Members.FirstOrDefault(m =>
            string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Username?.TrimStart('@'), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(_bindings.ForMember(m.Key)?.Username, name, StringComparison.OrdinalIgnoreCase));
    }
}
