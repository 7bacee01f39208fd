namespace FunnelBot.Scheduling;

/// <summary>
/// The Friday prompt: every owner with gaps for the week who is not away is asked, in private, once per week. Each
/// member's prompt is recorded under its own key (<c>checkin-prompt|2026-W48|anna</c>) right after it is queued, so a
/// run that stopped half way prompts only those it had not reached; then the week's key is recorded.
/// </summary>
public sealed class CheckInPromptWork : IScheduledWork
{
    private readonly PromptRound _round;

    public CheckInPromptWork(PromptRound round)
    {
        _round = round;
    }

    public ScheduledJobKind Kind => ScheduledJobKind.CheckInPrompt;

    public int Run(ScheduledRun run) => _round.Prompt(run);
}
