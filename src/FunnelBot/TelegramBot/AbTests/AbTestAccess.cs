using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// Who may change A/B tests: the manager any; a member may start one on a conversion whose metrics include one they own,
/// and feed or finish the tests they own. Observers only read.
/// </summary>
public sealed class AbTestAccess
{
    private readonly TeamConfiguration _team;

    public AbTestAccess(TeamConfiguration team)
    {
        _team = team;
    }

    /// <summary>Whether the member owns a metric at all (so that <c>/ab new</c> is theirs to use).</summary>
    public bool MayStartAny(TeamMember member) =>
        member.Role == MemberRole.Manager || (member.Role == MemberRole.Member && _team.Metrics.Any(m => m.Owner == member.Key));

    public bool MayStart(TeamMember member, string trialMetric, string conversionMetric) =>
        member.Role == MemberRole.Manager
        || (member.Role == MemberRole.Member
            && (_team.FindMetric(trialMetric)?.Owner == member.Key || _team.FindMetric(conversionMetric)?.Owner == member.Key));

    public static bool MayChange(TeamMember member, AbTestDocument test) =>
        member.Role == MemberRole.Manager || (member.Role == MemberRole.Member && test.Owner == member.Key);
}
