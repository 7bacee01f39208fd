using System.Globalization;
using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Rendering;

namespace FunnelBot.SandboxMode;

/// <summary>
/// What a job fired from the sandbox's jobs panel did, in a line for the page (English, like the rest of the page):
/// "checkin-prompt: nothing to send for the week of 23–29 November: everyone has reported, is away or has not started the bot."
/// </summary>
internal static class JobOutcomeText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Of(ScheduledRunOutcome outcome)
    {
        var name = outcome.Job.Name;
        var period = outcome.Run is { } run ? Period(run) : string.Empty;
        return outcome.Result switch
        {
            ScheduledRunResult.Done when outcome.Messages > 0 =>
                string.Create(English, $"{name}: done for {period}, {outcome.Messages} {(outcome.Messages == 1 ? "message" : "messages")} queued."),
            ScheduledRunResult.Done => $"{name}: {NothingSent(outcome.Job, period)}",
            ScheduledRunResult.AlreadyDone => $"{name}: already ran for {period}; nothing was sent again.",
            ScheduledRunResult.SwitchedOff => $"{name}: switched off in the configuration (Schedule:Jobs:{outcome.Job.ConfigurationKey}:Enabled).",
            ScheduledRunResult.NoSlot => $"{name}: no run is due within the catch-up window.",
            _ => $"{name}: failed ({outcome.Error}); the next firing tries again.",
        };
    }

    private static string NothingSent(ScheduledJobDeclaration job, string period)
    {
        if (job == CheckInPromptJob.Declaration || job == ReminderJob.Declaration)
        {
            return $"nothing to send for {period}: everyone has reported, is away or has not started the bot.";
        }

        if (job == OverdueAlertJob.Declaration)
        {
            return $"nothing to send for {period}: no task is overdue.";
        }

        if (job == CountermeasureOutcomeJob.Declaration)
        {
            return $"nothing to send for {period}: no followed countermeasure has its last week behind it.";
        }

        if (job == WeeklyDigestJob.Declaration || job == MonthlyResultsJob.Declaration)
        {
            return $"nothing to send for {period}: the team has no channel.";
        }

        return $"done for {period}.";
    }

    private static string Period(ScheduledRun run)
    {
        if (run.Month is { } month)
        {
            return PeriodNames.Month(month, English);
        }

        return run.Key.Contains("-W", StringComparison.Ordinal)
            ? "the week of " + PeriodNames.Week(run.Week, English)
            : Dates.Day(run.Day, English);
    }
}
