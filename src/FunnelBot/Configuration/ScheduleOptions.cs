namespace FunnelBot.Configuration;

/// <summary>
/// The <c>Schedule</c> section: <c>Jobs</c>, one entry per scheduled job under its configuration key (a Quartz cron
/// string with seconds, read in the team's zone, and whether it runs), and the catch-up window.
/// </summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>The jobs by configuration key, e.g. <c>CheckInPrompt</c>; the keys are matched ignoring case, as configuration keys are.</summary>
    public Dictionary<string, CronOptions> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long after a missed firing a job still runs, as <c>d.hh:mm:ss</c>.</summary>
    public string CatchUpWindow { get; set; } = "1.00:00:00";

    /// <summary>
    /// Every key written directly under <c>Schedule</c>, as the configuration holds them (filled by
    /// <see cref="ConfigurationSetup"/>; not bound). Only <c>Jobs</c> and <c>CatchUpWindow</c> belong there: a job
    /// written there is the old form of the section.
    /// </summary>
    internal List<string> WrittenKeys { get; } = [];
}

/// <summary>One scheduled job as written: its cron expression (empty: the job's default, if it has one) and whether it runs.</summary>
public sealed class CronOptions
{
    public string Cron { get; set; } = "";

    public bool Enabled { get; set; } = true;
}
