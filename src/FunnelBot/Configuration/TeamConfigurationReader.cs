namespace FunnelBot.Configuration;

/// <summary>
/// Checks the whole team configuration and converts it into a <see cref="TeamConfiguration"/>.
/// Every problem is reported, not only the first.
/// </summary>
public static class TeamConfigurationReader
{
    public static readonly IReadOnlyList<string> Locales = ["ru", "en"];

    /// <summary>
    /// The checked configuration, or null with every problem added to <paramref name="problems"/>. <paramref name="jobs"/>
    /// are the jobs the scheduler declares (the only names <c>Schedule:Jobs</c> may use).
    /// </summary>
    public static TeamConfiguration? Read(
        TeamOptions team, RosterOptions roster, ScheduleOptions schedule, IReadOnlyList<KnownJob> jobs, ConfigurationProblems problems,
        AccessOptions? access = null, RetentionOptions? retention = null, PlausibilityOptions? plausibility = null)
    {
        var members = MemberListReader.Read(roster.Members, problems);
        var metrics = MetricListReader.Read(roster.Metrics, members, problems);
        var teamSettings = TeamSectionReader.Read(team, metrics, problems);
        var scheduleConfiguration = ScheduleReader.Read(schedule, jobs, problems);
        var causes = CauseListReader.Read(roster.Causes, problems);
        var accessSettings = AccessSectionReader.Read(access ?? new AccessOptions(), problems);
        var catchUpWindow = scheduleConfiguration?.CatchUpWindow ?? TimeSpan.Zero;
        var retentionSettings = RetentionSectionReader.Read(retention ?? new RetentionOptions(), catchUpWindow, problems);
        var funnelRules = PlausibilitySectionReader.Read(plausibility ?? new PlausibilityOptions(), metrics, problems);
        return problems.Any || teamSettings is null || scheduleConfiguration is null
            ? null
            : new TeamConfiguration(teamSettings, members, metrics, scheduleConfiguration)
            {
                Causes = causes, Access = accessSettings, Retention = retentionSettings, FunnelRules = funnelRules,
            };
    }

    /// <summary>The checked configuration; throws <see cref="InvalidConfigurationException"/> listing every problem.</summary>
    public static TeamConfiguration ReadOrThrow(
        TeamOptions team, RosterOptions roster, ScheduleOptions schedule, IReadOnlyList<KnownJob> jobs, AccessOptions? access = null,
        RetentionOptions? retention = null, PlausibilityOptions? plausibility = null)
    {
        var problems = new ConfigurationProblems();
        return Read(team, roster, schedule, jobs, problems, access, retention, plausibility) ?? throw new InvalidConfigurationException(problems.Lines);
    }

    internal static bool IsLocale(string? text) =>
        text is not null && Locales.Contains(text.Trim().ToLowerInvariant());
}
