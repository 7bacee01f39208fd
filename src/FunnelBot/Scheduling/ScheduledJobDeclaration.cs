using FunnelBot.Configuration;

namespace FunnelBot.Scheduling;

/// <summary>
/// What a job class declares about itself. <see cref="Name"/> is its stable name: its Quartz job and trigger key and the
/// first part of its run keys (<c>weekly-digest|2026-W48</c>), so recorded runs depend on it and it never changes.
/// <see cref="ConfigurationKey"/> is its entry under <c>Schedule:Jobs</c>; <see cref="DefaultCron"/> the cron it runs on
/// when the entry gives none (null: the entry is required); <see cref="DuePeriod"/> what one of its slots is due for.
/// </summary>
public sealed record ScheduledJobDeclaration(string Name, string ConfigurationKey, string? DefaultCron, DuePeriod DuePeriod)
{
    /// <summary>What the configuration reader needs to know of the job.</summary>
    public KnownJob Setting => new(ConfigurationKey, DefaultCron);
}
