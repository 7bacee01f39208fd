namespace FunnelBot.Scheduling;

/// <summary>
/// The Friday prompt (<c>Schedule:Jobs:CheckInPrompt</c>), for the week of its slot: every owner with gaps for the week
/// who is not away is asked, in private, once per week (<see cref="PromptRound"/>). Each member's prompt is recorded
/// under its own key (<c>checkin-prompt|2026-W48|anna</c>) in the transaction that queues it, so a run that stopped half
/// way prompts only those it had not reached; then the week's key is recorded.
/// </summary>
public sealed class CheckInPromptJob : IScheduledJob
{
    public static ScheduledJobDeclaration Declaration { get; } = new("checkin-prompt", "CheckInPrompt", null, DuePeriod.WeekOfTheSlot);

    private readonly PromptRound _round;

    public CheckInPromptJob(PromptRound round)
    {
        _round = round;
    }

    public int Run(ScheduledRun run) => _round.Prompt(run);

    public int Run(ScheduledRun run, CancellationToken cancellationToken) => _round.Prompt(run, cancellationToken);
}
