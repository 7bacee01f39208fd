namespace FunnelBot.Configuration;

/// <summary>
/// A job that <c>Schedule:Jobs</c> may name: its configuration key and the cron it runs on when its entry is left out
/// or gives no cron (null: the entry is required). The scheduler declares its jobs; the reader knows only these.
/// </summary>
public sealed record KnownJob(string Key, string? DefaultCron);
