using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.CheckIns;

namespace FunnelBot.Scheduling;

/// <summary>One round of private prompts for a run's week through <see cref="CheckInPrompts"/>, one member at a time.</summary>
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
    /// Monday from a week off is not reminded while still away); returns how many were prompted.
    /// </summary>
    public int Prompt(ScheduledRun run)
    {
        var prompted = 0;
        foreach (TeamMember member in _prompts.WithGaps(run.Week).Where(m => !_away.IsAway(m.Key, run.Week) && !_away.IsAwayOn(m.Key, run.Day)))
        {
            var memberKey = run.Key + "|" + member.Key;
            if (_runs.HasRun(memberKey))
            {
                continue;
            }

            if (_prompts.Prompt(run.Week, [member]).Count > 0)
            {
                _runs.Record(memberKey, run.Slot);
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
