using Microsoft.Extensions.Options;

namespace FunnelBot.Configuration;

/// <summary>
/// Validates the whole team configuration when the <c>Team</c> options are validated (at host start with
/// <c>ValidateOnStart</c>), so that a bad setting stops start-up with lines <c>Path: problem</c>.
/// </summary>
public sealed class TeamConfigurationValidator : IValidateOptions<TeamOptions>
{
    private readonly IOptions<RosterOptions> _roster;
    private readonly IOptions<ScheduleOptions> _schedule;
    private readonly IOptions<AccessOptions> _access;
    private readonly IOptions<RetentionOptions> _retention;
    private readonly IOptions<PlausibilityOptions> _plausibility;
    private readonly IReadOnlyList<KnownJob> _jobs;

    public TeamConfigurationValidator(
        IOptions<RosterOptions> roster, IOptions<ScheduleOptions> schedule, IOptions<AccessOptions> access, IOptions<RetentionOptions> retention,
        IOptions<PlausibilityOptions> plausibility, IEnumerable<KnownJob> jobs)
    {
        _plausibility = plausibility;
        _jobs = [.. jobs];
        _roster = roster;
        _schedule = schedule;
        _access = access;
        _retention = retention;
    }

    public ValidateOptionsResult Validate(string? name, TeamOptions options)
    {
        var problems = new ConfigurationProblems();
        TeamConfigurationReader.Read(options, _roster.Value, _schedule.Value, _jobs, problems, _access.Value, _retention.Value, _plausibility.Value);
        return problems.Any ? ValidateOptionsResult.Fail(problems.Lines) : ValidateOptionsResult.Success;
    }
}
