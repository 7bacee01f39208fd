using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Digest.Sources;

namespace FunnelBot.Scheduling;

/// <summary>
/// One round of private prompts for a run's week through <see cref="CheckInPrompts"/>. The plans of every member's
/// metrics are read once for the round; then member after member is prepared (questions built once, values read by
/// their ids) and queued with its own run key (<c>checkin-prompt|2026-W48|anna</c>) in the transaction that queues its
/// messages, so the outbox sends each prompt while the next is prepared, and the round's cost grows with the number of
/// members only. A round stopped half way (a crash, or the host stopping) prompts, when it runs again, only those it
/// had not reached: nobody twice, nobody left out.
/// </summary>
public sealed class PromptRound
{
    private readonly CheckInPrompts _prompts;
    private readonly IAwayCalendar _away;
    private readonly JobRunStore _runs;
    private readonly Storage.FunnelDatabase _database;

    public PromptRound(CheckInPrompts prompts, IAwayCalendar away, JobRunStore runs, Storage.FunnelDatabase database)
    {
        _prompts = prompts;
        _away = away;
        _runs = runs;
        _database = database;
    }

    /// <summary>
    /// Prompts who still has gaps and is not away (neither for the run's week nor on the run's day: someone back on
    /// Monday from a week off is not reminded while still away); returns how many were prompted. Stops between two
    /// members when <paramref name="cancellationToken"/> is cancelled, leaving the week's key unrecorded.
    /// </summary>
    public int Prompt(ScheduledRun run, CancellationToken cancellationToken = default)
    {
        var plans = _prompts.RoundPlans(run.Week);
        var prompted = 0;
        foreach (var member in _prompts.Reporting)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var memberKey = run.Key + "|" + member.Key;
            if (_away.IsAway(member.Key, run.Week) || _away.IsAwayOn(member.Key, run.Day) || _runs.HasRun(memberKey))
            {
                continue;
            }

            if (_prompts.PromptIfGaps(member, run.Week, plans, () => _runs.Record(memberKey, run.Slot)))
            {
                prompted++;
            }
        }

        _database.InTransaction(() =>
        {
            _runs.Record(run.Key, run.Slot);
            return true;
        });
        return prompted;
    }
}
