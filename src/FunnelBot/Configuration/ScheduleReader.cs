using System.Globalization;
using Quartz;

namespace FunnelBot.Configuration;

/// <summary>
/// Checks the <c>Schedule</c> section against the jobs the scheduler declares: each known job's Quartz cron expression
/// (its default when it has one and the entry gives none), no job the scheduler does not know, nothing but <c>Jobs</c>
/// and <c>CatchUpWindow</c> directly under <c>Schedule</c> (a job there is the old form), and the catch-up window.
/// </summary>
internal static class ScheduleReader
{
    private static readonly string[] SectionKeys = [nameof(ScheduleOptions.Jobs), nameof(ScheduleOptions.CatchUpWindow)];

    public static ScheduleConfiguration? Read(ScheduleOptions schedule, IReadOnlyList<KnownJob> known, ConfigurationProblems problems)
    {
        var before = problems.Lines.Count;
        var oldForm = ReadSectionKeys(schedule.WrittenKeys, known, problems);
        ReadJobNames(schedule.Jobs.Keys, known, problems);
        var jobs = new Dictionary<string, ScheduledJob>(StringComparer.OrdinalIgnoreCase);

        // A job written in the old form has its line already; it is not also reported missing from Jobs.
        foreach (var job in known.Where(job => !oldForm.Contains(job)))
        {
            if (ReadJob(job, Entry(schedule.Jobs, job.Key), problems) is { } read)
            {
                jobs[job.Key] = read;
            }
        }

        var catchUp = ReadCatchUp(schedule.CatchUpWindow, problems);
        return problems.Lines.Count > before || catchUp is null ? null : new ScheduleConfiguration(jobs, catchUp.Value);
    }

    /// <summary>Reports every key under <c>Schedule</c> that does not belong there; returns the jobs written there (the old form).</summary>
    private static List<KnownJob> ReadSectionKeys(IEnumerable<string> written, IReadOnlyList<KnownJob> known, ConfigurationProblems problems)
    {
        var oldForm = new List<KnownJob>();
        foreach (var key in written.Where(key => !SectionKeys.Contains(key, StringComparer.OrdinalIgnoreCase)))
        {
            if (Find(known, key) is { } job)
            {
                problems.Add($"{ScheduleOptions.Section}.{key}", $"is the old form; write it as {JobPath(job.Key)}");
                oldForm.Add(job);
            }
            else
            {
                problems.Add($"{ScheduleOptions.Section}.{key}", $"is not a setting of {ScheduleOptions.Section} ({string.Join(", ", SectionKeys)})");
            }
        }

        return oldForm;
    }

    private static void ReadJobNames(IEnumerable<string> names, IReadOnlyList<KnownJob> known, ConfigurationProblems problems)
    {
        foreach (var name in names.Where(name => Find(known, name) is null))
        {
            problems.Add(JobPath(name), $"is not a job ({string.Join('|', known.Select(job => job.Key))})");
        }
    }

    private static ScheduledJob? ReadJob(KnownJob job, CronOptions? entry, ConfigurationProblems problems)
    {
        var path = JobPath(job.Key) + ".Cron";
        var cron = string.IsNullOrWhiteSpace(entry?.Cron) ? job.DefaultCron : entry.Cron.Trim();
        if (cron is null)
        {
            problems.Add(path, "is required (a Quartz cron expression with seconds, e.g. '0 0 10 ? * MON')");
            return null;
        }

        try
        {
            _ = CronExpression.Parse(cron);
        }
        catch (FormatException exception)
        {
            problems.Add(path, $"'{cron}' is not a valid Quartz cron expression ({exception.Message})");
            return null;
        }

        return new ScheduledJob(cron, entry?.Enabled ?? true);
    }

    private static TimeSpan? ReadCatchUp(string text, ConfigurationProblems problems)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.Zero)
        {
            return window;
        }

        problems.Add($"{ScheduleOptions.Section}.{nameof(ScheduleOptions.CatchUpWindow)}", $"'{text}' is not a non-negative time span such as 1.00:00:00");
        return null;
    }

    private static string JobPath(string key) => $"{ScheduleOptions.Section}.{nameof(ScheduleOptions.Jobs)}.{key}";

    private static KnownJob? Find(IReadOnlyList<KnownJob> known, string key) =>
        known.FirstOrDefault(job => string.Equals(job.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entry written for <paramref name="key"/>, matched ignoring case (however the binder built the dictionary).</summary>
    private static CronOptions? Entry(Dictionary<string, CronOptions> jobs, string key) =>
        jobs.FirstOrDefault(entry => string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
