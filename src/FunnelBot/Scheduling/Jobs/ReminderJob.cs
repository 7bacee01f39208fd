namespace FunnelBot.Scheduling;

/// <summary>
/// The reminder (<c>Schedule:Jobs:Reminder</c>), once a day of its slot: the same prompt again, only to owners who still
/// miss values for the week the latest check-in prompt asked for.
/// </summary>
public sealed class ReminderJob : IScheduledJob
{
    public static ScheduledJobDeclaration Declaration { get; } =
        new("reminder", "Reminder", null, DuePeriod.DayOfTheSlotForTheWeekOf(CheckInPromptJob.Declaration.ConfigurationKey));

    private readonly PromptRound _round;

    public ReminderJob(PromptRound round)
    {
        _round = round;
    }

    public int Run(ScheduledRun run) => _round.Prompt(run);

    public int Run(ScheduledRun run, CancellationToken cancellationToken) => _round.Prompt(run, cancellationToken);
}
