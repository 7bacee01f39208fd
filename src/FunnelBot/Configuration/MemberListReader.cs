namespace FunnelBot.Configuration;

/// <summary>
/// Checks the <c>Members</c> array: keys, names, how each is reached (a username or a user id, each one person's only:
/// usernames compared as Telegram does, without '@' and case-insensitively), roles, locales, a manager.
/// </summary>
internal static class MemberListReader
{
    public static IReadOnlyList<TeamMember> Read(IReadOnlyList<MemberOptions> members, ConfigurationProblems problems)
    {
        var result = new List<TeamMember>(members.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var usernames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var userIds = new Dictionary<long, int>();
        if (members.Count == 0)
        {
            problems.Add("Members", "no members are configured");
        }

        for (var i = 0; i < members.Count; i++)
        {
            var path = $"Members[{i}]";
            var member = members[i];
            var key = member.Key.Trim();
            if (key.Length == 0)
            {
                problems.Add($"{path}.Key", "is required");
            }
            else if (!seen.Add(key))
            {
                problems.Add($"{path}.Key", $"'{key}' is a duplicate member key");
            }

            if (string.IsNullOrWhiteSpace(member.DisplayName))
            {
                problems.Add($"{path}.DisplayName", "is required");
            }

            var username = string.IsNullOrWhiteSpace(member.Username) ? null : member.Username.Trim().TrimStart('@');
            if (username is null && member.UserId is null)
            {
                problems.Add(path, "has neither Username nor UserId");
            }

            if (username is not null && !usernames.TryAdd(username, i))
            {
                problems.Add($"{path}.Username", $"'{username}' is also the username of Members[{usernames[username]}]");
            }

            if (member.UserId is <= 0)
            {
                problems.Add($"{path}.UserId", FormattableString.Invariant($"{member.UserId} is not a Telegram user id"));
            }
            else if (member.UserId is { } userId && !userIds.TryAdd(userId, i))
            {
                problems.Add($"{path}.UserId", FormattableString.Invariant($"{userId} is also the user id of Members[{userIds[userId]}]"));
            }

            if (!EnumText.TryParse<MemberRole>(member.Role, out var role))
            {
                problems.Add($"{path}.Role", $"'{member.Role}' is not a role ({EnumText.Choices<MemberRole>()})");
            }

            var locale = string.IsNullOrWhiteSpace(member.Locale) ? null : member.Locale.Trim().ToLowerInvariant();
            if (locale is not null && !TeamConfigurationReader.IsLocale(locale))
            {
                problems.Add($"{path}.Locale", $"'{member.Locale}' is not a supported locale (ru|en)");
            }

            result.Add(new TeamMember(key, member.DisplayName.Trim(), username, member.UserId, role, locale));
        }

        if (members.Count > 0 && !members.Any(m => EnumText.TryParse<MemberRole>(m.Role, out var r) && r == MemberRole.Manager))
        {
            problems.Add("Members", "no member has the role 'manager'");
        }

        return result;
    }
}
