using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Configuration;

/// <summary>The whole team configuration, checked and converted: what every part of the bot reads.</summary>
public sealed record TeamConfiguration(
    TeamSettings Team,
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<MetricDefinition> Metrics,
    ScheduleConfiguration Schedule)
{
    /// <summary>The causes the team added to the built-in catalogue.</summary>
    public IReadOnlyList<Cause> Causes { get; init; } = [];

    /// <summary>Invitations and the chats the bot stays in.</summary>
    public AccessSettings Access { get; init; } = AccessSettings.Default;

    /// <summary>How long the nightly retention job keeps bookkeeping records.</summary>
    public RetentionSettings Retention { get; init; } = RetentionSettings.Default;

    /// <summary>The funnel rules in force (<c>Plausibility</c>): those the stage order gives and the team's own.</summary>
    public IReadOnlyList<FunnelRule> FunnelRules { get; init; } = [];

    /// <summary>Whether a group or channel is the team chat, the only one besides members' private chats that sees team data.</summary>
    public bool IsTeamChat(long chatId) => Team.HasChannel && chatId == Team.ChannelChatId;

    public MetricDefinition? FindMetric(string key) =>
        Metrics.FirstOrDefault(metric => string.Equals(metric.Key, key, StringComparison.Ordinal));

    public TeamMember? FindMember(string key) =>
        Members.FirstOrDefault(member => string.Equals(member.Key, key, StringComparison.Ordinal));
}

/// <summary>The checked <c>Team</c> section.</summary>
public sealed record TeamSettings(
    string Name,
    TimeZoneInfo TimeZone,
    string Locale,
    long ChannelChatId,
    int? ChannelThreadId,
    bool MentionNonReporters,
    IReadOnlyList<string> HeadlineMetrics,
    ZoneThresholds Zones)
{
    /// <summary><c>Team:GreenZoneTable</c>: the digest's ranking of owners by their share of green metrics (on by default).</summary>
    public bool GreenZoneTable { get; init; } = true;

    /// <summary>No channel configured yet (chat id 0): nothing is posted to a channel.</summary>
    public bool HasChannel => ChannelChatId != 0;

    /// <summary><c>Team:CheckIns:ConfirmOlderThanWeeks</c>: a check-in or an edit further back than this asks first.</summary>
    public int ConfirmOlderThanWeeks { get; init; } = CheckInsOptions.DefaultConfirmOlderThanWeeks;
}

/// <summary>What a member may do.</summary>
public enum MemberRole
{
    Manager,
    Member,
    Observer,
}

/// <summary>A checked member: known by user id once bound, by username until then.</summary>
public sealed record TeamMember(string Key, string DisplayName, string? Username, long? UserId, MemberRole Role, string? Locale);
