namespace FunnelBot.Configuration;

/// <summary>The <c>Schedule</c> section: Quartz cron strings (with seconds) read in the team's zone.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>Every night at 04:00 in the team's zone, after the 03:30 purge of old records.</summary>
    public const string DefaultBackupCron = "0 0 4 * * ?";

    public CronOptions? CheckInPrompt { get; set; }

    public CronOptions? Reminder { get; set; }

    public CronOptions? WeeklyDigest { get; set; }

    public CronOptions? MonthlyResults { get; set; }

    public CronOptions? OverdueAlert { get; set; }

    /// <summary>The nightly purge of old bookkeeping records (<c>Storage:Retention</c>); optional, 03:30 by default.</summary>
    public CronOptions? Retention { get; set; }

    /// <summary>The backup of the database (<c>Storage:Backup</c>); when missing, <see cref="DefaultBackupCron"/>.</summary>
    public CronOptions? Backup { get; set; }

    /// <summary>How long after a missed firing a job still runs, as <c>d.hh:mm:ss</c>.</summary>
    public string CatchUpWindow { get; set; } = "1.00:00:00";
}

/// <summary>One scheduled job: its cron expression and whether it runs.</summary>
public sealed class CronOptions
{
    public string Cron { get; set; } = "";

    public bool Enabled { get; set; } = true;
}
