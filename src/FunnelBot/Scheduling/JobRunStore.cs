using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Scheduling;

/// <summary>One done run of a scheduled job for one due period (collection <c>job_runs</c>).</summary>
public sealed class JobRun
{
    /// <summary><c>job|period</c>, e.g. <c>weekly-digest|2026-W47</c> or <c>checkin-prompt|2026-W48|anna</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The cron slot the run was due at (UTC).</summary>
    public DateTime DueAt { get; set; }

    /// <summary>When the run's messages were queued (UTC, business clock).</summary>
    public DateTime DoneAt { get; set; }
}

/// <summary>
/// Which due periods a job has already served. A run is recorded in the same LiteDB transaction as the messages it
/// queues, so a crash before the commit leaves neither (the run repeats) and after it leaves both (the outbox delivers).
/// </summary>
public sealed class JobRunStore
{
    private readonly ILiteCollection<JobRun> _runs;
    private readonly TimeProvider _time;

    public JobRunStore(FunnelDatabase database, TimeProvider time)
    {
        _runs = database.Collection<JobRun>("job_runs");
        _time = time;
    }

    /// <summary>
    /// Forgets runs whose slot is older than <paramref name="keep"/>, except every run of each job's latest slot
    /// (catch-up planning and a job fired by hand look for it); returns how many were removed.
    /// </summary>
    public int PurgeOlderThan(TimeSpan keep)
    {
        var before = _time.GetUtcNow().UtcDateTime - keep;
        var latestOfEachJob = _runs.FindAll()
            .GroupBy(run => JobOf(run.Id), StringComparer.Ordinal)
            .ToDictionary(job => job.Key, job => job.Max(run => run.DueAt), StringComparer.Ordinal);
        var old = _runs.Find(run => run.DueAt < before).Where(run => run.DueAt < latestOfEachJob[JobOf(run.Id)]).Select(run => run.Id).ToList();
        foreach (var id in old)
        {
            _runs.Delete(id);
        }

        return old.Count;
    }

    private static string JobOf(string key) => key.Split('|', 2)[0];

    /// <summary>The run key of job <paramref name="job"/> (its stable name) for <paramref name="period"/>, and of one part of that run.</summary>
    public static string Key(string job, string period, string? part = null) =>
        part is null ? $"{job}|{period}" : $"{job}|{period}|{part}";

    public bool HasRun(string key) => _runs.FindById(key) is not null;

    /// <summary>Records a run; call inside the transaction that queues its messages. Idempotent (upsert by key).</summary>
    public void Record(string key, DateTimeOffset dueAt) =>
        _runs.Upsert(new JobRun { Id = key, DueAt = dueAt.UtcDateTime, DoneAt = _time.GetUtcNow().UtcDateTime });
}
