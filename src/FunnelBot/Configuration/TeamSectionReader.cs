using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Configuration;

/// <summary>Checks the <c>Team</c> section: time zone, locale, the channel's id, headline metrics and zone thresholds.</summary>
internal static class TeamSectionReader
{
    private static readonly IReadOnlyList<string> DefaultHeadlines = ["revenue", "leads", "orders"];

    public static TeamSettings? Read(TeamOptions team, IReadOnlyList<MetricDefinition> metrics, ConfigurationProblems problems)
    {
        if (string.IsNullOrWhiteSpace(team.Name))
        {
            problems.Add("Team.Name", "is required");
        }

        var zone = ReadTimeZone(team.TimeZone, problems);
        if (!TeamConfigurationReader.IsLocale(team.Locale))
        {
            problems.Add("Team.Locale", $"'{team.Locale}' is not a supported locale (ru|en)");
        }

        var headlines = team.HeadlineMetrics is { Count: > 0 } listed ? listed : DefaultHeadlines;
        if (team.HeadlineMetrics is { Count: > 0 })
        {
            for (var i = 0; i < headlines.Count; i++)
            {
                if (!metrics.Any(metric => metric.Key == headlines[i]))
                {
                    problems.Add($"Team.HeadlineMetrics[{i}]", $"'{headlines[i]}' is not a metric");
                }
            }
        }

        if (team.ChannelChatId > 0)
        {
            // Telegram's ids of groups, supergroups and channels are negative; a positive id is a person's private chat.
            problems.Add("Team.ChannelChatId", FormattableString.Invariant($"{team.ChannelChatId} is not a group or channel id (those are negative; 0 while there is none)"));
        }

        var thresholds = ReadZones(team.Zones, problems);
        if (team.ChannelThreadId is <= 0)
        {
            problems.Add("Team.ChannelThreadId", "must be a positive forum topic id, or absent");
        }

        if (team.CheckIns.ConfirmOlderThanWeeks < 1)
        {
            problems.Add(
                "Team.CheckIns.ConfirmOlderThanWeeks",
                FormattableString.Invariant($"{team.CheckIns.ConfirmOlderThanWeeks} must be at least 1 (weeks back that need no confirmation; {CheckInsOptions.DefaultConfirmOlderThanWeeks} is a year)"));
        }

        return zone is null
            ? null
            : new TeamSettings(
                team.Name.Trim(), zone, team.Locale.Trim().ToLowerInvariant(), team.ChannelChatId, team.ChannelThreadId,
                team.MentionNonReporters, [.. headlines.Where(key => metrics.Any(metric => metric.Key == key))], thresholds)
            {
                GreenZoneTable = team.GreenZoneTable,
                ConfirmOlderThanWeeks = team.CheckIns.ConfirmOlderThanWeeks,
            };
    }

    private static TimeZoneInfo? ReadTimeZone(string text, ConfigurationProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("Team.TimeZone", "is required (an IANA time zone such as Europe/Moscow)");
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(text.Trim(), out var zone))
        {
            return zone;
        }

        problems.Add("Team.TimeZone", $"'{text}' is not a known IANA time zone");
        return null;
    }

    private static ZoneThresholds ReadZones(ZonesOptions zones, ConfigurationProblems problems)
    {
        if (zones.YellowFrom is <= 0m or > 1m)
        {
            problems.Add("Team.Zones.YellowFrom", FormattableString.Invariant($"{zones.YellowFrom} must be above 0 and at most 1"));
        }

        if (zones.TargetTolerance <= 0m)
        {
            problems.Add("Team.Zones.TargetTolerance", FormattableString.Invariant($"{zones.TargetTolerance} must be above 0"));
        }

        if (zones.AskWhyAbove <= 1m)
        {
            problems.Add("Team.Zones.AskWhyAbove", FormattableString.Invariant($"{zones.AskWhyAbove} must be above 1"));
        }

        return new ZoneThresholds(zones.YellowFrom, zones.TargetTolerance, zones.AskWhyAbove, zones.AskWhyOnYellow);
    }
}
