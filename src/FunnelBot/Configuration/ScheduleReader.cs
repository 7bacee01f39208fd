using System.Globalization;
using Quartz;

namespace FunnelBot.Configuration;

/// <summary>Checks the <c>Schedule</c> section: each job's Quartz cron expression and the catch-up window (<c>Backup</c> may be left out).</summary>
internal static class ScheduleReader
{
    public static ScheduleConfiguration? Read(ScheduleOptions schedule, ConfigurationProblems problems)
    {
        var checkIn = ReadJob(schedule.CheckInPrompt, nameof(ScheduleOptions.CheckInPrompt), problems);
        var reminder = ReadJob(schedule.Reminder, nameof(ScheduleOptions.Reminder), problems);
        var digest = ReadJob(schedule.WeeklyDigest, nameof(ScheduleOptions.WeeklyDigest), problems);
        var monthly = ReadJob(schedule.MonthlyResults, nameof(ScheduleOptions.MonthlyResults), problems);
        var overdue = ReadJob(schedule.OverdueAlert, nameof(ScheduleOptions.OverdueAlert), problems);
        var retention = ReadRetention(schedule.Retention, problems);
        var catchUp = ReadCatchUp(schedule.CatchUpWindow, problems);
        var backup = ReadJob(WithDefaultCron(schedule.Backup), nameof(ScheduleOptions.Backup), problems);
        return checkIn is null || reminder is null || digest is null || monthly is null || overdue is null || retention is null || catchUp is null || backup is null
            ? null
            : new ScheduleConfiguration(checkIn, reminder, digest, monthly, overdue, catchUp.Value) { Retention = retention, Backup = backup };
    }

    /// <summary>The retention job may be left out, or given without a cron: then it runs at the default time.</summary>
    private static ScheduledJob? ReadRetention(CronOptions? job, ConfigurationProblems problems)
    {
        var fallback = ScheduleConfiguration.DefaultRetention;
        if (job is null)
        {
            return fallback;
        }

        return string.IsNullOrWhiteSpace(job.Cron)
            ? fallback with { Enabled = job.Enabled }
            : ReadJob(job, nameof(ScheduleOptions.Retention), problems);
    }

    private static ScheduledJob? ReadJob(CronOptions? job, string name, ConfigurationProblems problems)
    {
        var path = $"Schedule.{name}.Cron";
        if (job is null || string.IsNullOrWhiteSpace(job.Cron))
        {
            problems.Add(path, "is required (a Quartz cron expression with seconds, e.g. '0 0 10 ? * MON')");
            return null;
        }

        var cron = job.Cron.Trim();
        try
        {
            _ = CronExpression.Parse(cron);
        }
        catch (FormatException exception)
        {
            problems.Add(path, $"'{cron}' is not a valid Quartz cron expression ({exception.Message})");
            return null;
        }

        return new ScheduledJob(cron, job.Enabled);
    }

    /// <summary>The backup job may be left out, or given only <c>Enabled</c>: its cron is then <see cref="ScheduleOptions.DefaultBackupCron"/>.</summary>
    private static CronOptions WithDefaultCron(CronOptions? backup) => string.IsNullOrWhiteSpace(backup?.Cron)
        ? new CronOptions { Cron = ScheduleOptions.DefaultBackupCron, Enabled = backup?.Enabled ?? true }
        : backup;

    private static TimeSpan? ReadCatchUp(string text, ConfigurationProblems problems)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.Zero)
        {
            return window;
        }

        problems.Add("Schedule.CatchUpWindow", $"'{text}' is not a non-negative time span such as 1.00:00:00");
        return null;
    }
}
