using FunnelBot.Configuration;
using FunnelBot.Domain.Naming;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>
/// The one reading of a member named in a command: by key, configured or bound @username, or display name, whole or by a
/// prefix (<see cref="NameMatching"/>); a leading @ is ignored.
/// </summary>
public sealed class MemberResolver
{
    private readonly TeamConfiguration _team;
    private readonly MemberBindingStore _bindings;

    public MemberResolver(TeamConfiguration team, MemberBindingStore bindings)
    {
        _team = team;
        _bindings = bindings;
    }

    public IReadOnlyList<TeamMember> All => _team.Members;

    public NameMatch<TeamMember> Resolve(string text) => NameMatching.Match(text.Trim().TrimStart('@'), Candidates());

    private List<NameCandidate<TeamMember>> Candidates() =>
        [.. _team.Members.Select(m => new NameCandidate<TeamMember>(
            m, new[] { m.Key, m.Username?.TrimStart('@'), _bindings.ForMember(m.Key)?.Username, m.DisplayName }.OfType<string>().ToList()))];
}
