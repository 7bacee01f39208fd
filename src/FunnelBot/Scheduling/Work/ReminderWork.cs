namespace FunnelBot.Scheduling;

/// <summary>The reminder: the same prompt again, only to owners who still miss values for the prompted week.</summary>
public sealed class ReminderWork : IScheduledWork
{
    private readonly PromptRound _round;

    public ReminderWork(PromptRound round)
    {
        _round = round;
    }

    public ScheduledJobKind Kind => ScheduledJobKind.Reminder;

    public int Run(ScheduledRun run) => _round.Prompt(run);
}
