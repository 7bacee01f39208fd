using System.Globalization;

namespace FunnelBot.Configuration;

/// <summary>
/// Checks the <c>Storage:Retention</c> section. Each setting has a floor below which a purge would take something still
/// needed: handled updates and sent keyboards 2 days (Telegram redelivers for a day and edits for 48 h), job runs 40
/// days and at least <c>Schedule:CatchUpWindow</c> (a run within those windows must stay recorded, or it would run
/// again), chat notices a day. The ceiling is 10 years.
/// </summary>
internal static class RetentionSectionReader
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(3650);

    public static RetentionSettings Read(RetentionOptions retention, TimeSpan catchUpWindow, ConfigurationProblems problems)
    {
        var defaults = RetentionSettings.Default;
        var manualWindow = ScheduleConfiguration.ManualWindow;
        var jobRunsFloor = catchUpWindow > manualWindow ? catchUpWindow : manualWindow;
        return new RetentionSettings(
            Read(nameof(RetentionOptions.HandledUpdates), retention.HandledUpdates, TimeSpan.FromDays(2), defaults.HandledUpdates, problems),
            Read(nameof(RetentionOptions.JobRuns), retention.JobRuns, jobRunsFloor, defaults.JobRuns, problems),
            Read(nameof(RetentionOptions.ChatNotices), retention.ChatNotices, TimeSpan.FromDays(1), defaults.ChatNotices, problems),
            Read(nameof(RetentionOptions.Invitations), retention.Invitations, TimeSpan.Zero, defaults.Invitations, problems),
            Read(nameof(RetentionOptions.BindRequests), retention.BindRequests, TimeSpan.Zero, defaults.BindRequests, problems),
            Read(nameof(RetentionOptions.SentKeyboards), retention.SentKeyboards, TimeSpan.FromDays(2), defaults.SentKeyboards, problems),
            Read(nameof(RetentionOptions.SentTopics), retention.SentTopics, TimeSpan.FromDays(1), defaults.SentTopics, problems));
    }

    private static TimeSpan Read(string name, string? text, TimeSpan shortest, TimeSpan fallback, ConfigurationProblems problems)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var keep) && keep >= shortest && keep <= Longest)
        {
            return keep;
        }

        problems.Add(
            $"Storage.Retention.{name}",
            FormattableString.Invariant($"'{text}' is not a time span from {shortest:c} to {Longest:c} such as {fallback:c}"));
        return fallback;
    }
}
