namespace FunnelBot.Configuration;

/// <summary>The checked schedule: every known job's Quartz cron expression (read in the team's zone) and the catch-up window.</summary>
public sealed record ScheduleConfiguration(IReadOnlyDictionary<string, ScheduledJob> Jobs, TimeSpan CatchUpWindow)
{
    /// <summary>How far back a job fired by hand looks for its latest slot (a monthly job's slot is at most ~5 weeks old).</summary>
    public static readonly TimeSpan ManualWindow = TimeSpan.FromDays(40);

    /// <summary>The checked entry of the job with configuration key <paramref name="key"/> (e.g. <c>CheckInPrompt</c>).</summary>
    public ScheduledJob Job(string key) =>
        Jobs.TryGetValue(key, out var job) ? job : throw new KeyNotFoundException($"The schedule has no job '{key}' (Schedule.Jobs)");
}

/// <summary>One job's Quartz cron expression (with seconds) and whether it runs.</summary>
public sealed record ScheduledJob(string Cron, bool Enabled);
