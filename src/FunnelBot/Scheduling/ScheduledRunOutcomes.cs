using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FunnelBot.Lifetime;

namespace FunnelBot.Scheduling;

/// <summary>
/// The latest outcome of each job since the process started (in memory: the recorded runs are in <see cref="JobRunStore"/>),
/// and a way to wait for the next one, for whoever fired a job by hand and wants to say what it did.
/// </summary>
public sealed class ScheduledRunOutcomes
{
    private readonly ConcurrentDictionary<string, ScheduledRunOutcome> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TaskCompletionSource<ScheduledRunOutcome>, string> _waiting = new();
    private readonly Counter<long> _runs;

    public const string RunsInstrument = "funnelbot.scheduled.runs";

    public ScheduledRunOutcomes(IMeterFactory meters) =>
        _runs = meters.Create(BotMeter.Name).CreateCounter<long>(
            RunsInstrument, "{run}", "Firings of scheduled jobs, by job and outcome (done, already_done, switched_off, no_slot, failed).");

    public ScheduledRunOutcome? Latest(string job) => _latest.GetValueOrDefault(job);

    public void Record(ScheduledRunOutcome outcome)
    {
        _latest[outcome.Job.Name] = outcome;
        _runs.Add(1, new KeyValuePair<string, object?>("job", outcome.Job.Name), new KeyValuePair<string, object?>("outcome", OutcomeName(outcome.Result)));
        foreach (var (waiter, job) in _waiting)
        {
            if (job == outcome.Job.Name && _waiting.TryRemove(waiter, out _))
            {
                waiter.TrySetResult(outcome);
            }
        }
    }

    private static string OutcomeName(ScheduledRunResult result) => result switch
    {
        ScheduledRunResult.Done => "done",
        ScheduledRunResult.AlreadyDone => "already_done",
        ScheduledRunResult.SwitchedOff => "switched_off",
        ScheduledRunResult.NoSlot => "no_slot",
        _ => "failed",
    };

    /// <summary>
    /// Starts waiting for the next outcome of <paramref name="job"/>: call before firing it, then await the task (it is
    /// cancelled with <paramref name="cancellationToken"/>).
    /// </summary>
    public Task<ScheduledRunOutcome> NextAsync(string job, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<ScheduledRunOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[waiter] = job;
        cancellationToken.Register(() =>
        {
            if (_waiting.TryRemove(waiter, out _))
            {
                waiter.TrySetCanceled(cancellationToken);
            }
        });
        return waiter.Task;
    }
}
