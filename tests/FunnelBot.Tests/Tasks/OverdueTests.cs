using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Tasks;

/// <summary>
/// A task becomes overdue at midnight after its due date in the team's zone: checked a second before and at that instant
/// in Europe/Berlin on both sides of its daylight saving changes and in Europe/Moscow (no DST), by moving the clock.
/// </summary>
public sealed class OverdueTests
{
    public static TheoryData<string, string, string, string> Boundaries => new()
    {
        // zone, the moment of creating the task (UTC), due date, the first overdue instant (UTC)
        { "Europe/Berlin", "2026-10-20T10:00:00Z", "2026-10-24", "2026-10-24T22:00:00Z" }, // Sun 25 Oct 00:00 CEST (+2), before the change
        { "Europe/Berlin", "2026-10-20T10:00:00Z", "2026-10-25", "2026-10-25T23:00:00Z" }, // Mon 26 Oct 00:00 CET (+1), after the change
        { "Europe/Berlin", "2026-03-25T10:00:00Z", "2026-03-28", "2026-03-28T23:00:00Z" }, // Sun 29 Mar 00:00 CET (+1), before the change
        { "Europe/Berlin", "2026-03-25T10:00:00Z", "2026-03-29", "2026-03-29T22:00:00Z" }, // Mon 30 Mar 00:00 CEST (+2), after the change
        { "Europe/Moscow", "2026-10-20T10:00:00Z", "2026-10-24", "2026-10-24T21:00:00Z" }, // Sun 25 Oct 00:00 MSK (+3) all year
        { "Europe/Moscow", "2026-03-25T10:00:00Z", "2026-03-29", "2026-03-29T21:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task TasksOverdue_AroundMidnightAfterDueDate_OverdueExactlyFromThen(string zone, string created, string due, string overdueFrom)
    {
        // The schedule is off: moving the clock across days must not fire prompts or alerts into the chats under test.
        await using var bot = await BotTestHost.StartAsync(Scheduling.ScheduleTestHost.DisabledSchedule(TestTeam.Configuration(zone)), Instant(created));
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        await bot.SayAsync(anna, $"/task Rewrite the call script {due}");
        var boundary = Instant(overdueFrom);

        bot.Time.SetUtcNow(boundary.AddSeconds(-1));
        var before = await bot.SayAsync(maria, "/tasks overdue");
        var beforeOwn = await bot.SayAsync(anna, "/tasks");
        bot.Time.SetUtcNow(boundary);
        var after = await bot.SayAsync(maria, "/tasks overdue");
        var afterOwn = await bot.SayAsync(anna, "/tasks");

        Assert.Contains("No overdue tasks.", before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", beforeOwn.Text!.Replace("/tasks overdue", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Overdue tasks\n\nAnna\n#1 Rewrite the call script", after.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Rewrite the call script — due", afterOwn.Text, StringComparison.Ordinal);
        Assert.Contains("⏰ overdue", afterOwn.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T22:59:59Z", 0)] // W43 ends Mon 26 Oct 00:00 CET = 23:00 UTC
    [InlineData("Europe/Berlin", "2026-10-25T23:00:00Z", 1)]
    [InlineData("Europe/Moscow", "2026-10-25T20:59:59Z", 0)] // W43 ends Mon 26 Oct 00:00 MSK = 21:00 UTC
    [InlineData("Europe/Moscow", "2026-10-25T21:00:00Z", 1)]
    public async Task OverdueTasksMetric_OnTheScorecard_CountsOpenOverdueTasksAtWeekEnd(string zone, string now, int expected)
    {
        var configuration = TestTeam.Configuration(zone);
        configuration["Metrics"]!.AsArray().Add(OverdueTasksMetricJson());
        await using var bot = await BotTestHost.StartAsync(configuration, Instant("2026-10-20T10:00:00Z"));
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/task Due on the Sunday of the change 2026-10-25");
        await bot.SayAsync(anna, "/task Due next week 2026-10-30");
        await bot.SayAsync(anna, "/task Closed in time 2026-10-21");
        await bot.SayAsync(anna, "/done 3");
        bot.Service<PlanStore>().Set(PlanEntry.ForMonth("overdue_tasks", new YearMonth(2026, 10), 0m), new ChangeAuthor("test", ChangeSource.Cli));

        bot.Time.SetUtcNow(Instant(now));
        var score = bot.Service<ScorecardService>().Build(new IsoWeek(2026, 43)).Metrics.Single(m => m.Metric.Key == "overdue_tasks");

        Assert.Equal(MetricKind.Automatic, score.Metric.Kind);
        Assert.True(score.Submitted);
        Assert.Equal(expected, score.Week.Actual);
        Assert.Equal(0m, score.Week.Plan);
        Assert.Equal(expected == 0 ? Zone.Green : Zone.Red, score.Week.Zone); // lower with plan 0: green only at 0
    }

    [Fact]
    public async Task WeeklyDigest_OverdueList_IsWhatTheMetricCountsAtTheWeeksEnd()
    {
        var configuration = TestTeam.Configuration("Europe/Berlin");
        configuration["Metrics"]!.AsArray().Add(OverdueTasksMetricJson());
        await using var bot = await BotTestHost.StartAsync(configuration, Instant("2026-10-20T10:00:00Z"));
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/task Overdue and still open 2026-10-21");
        await bot.SayAsync(anna, "/task Overdue, closed on Monday 2026-10-22");
        await bot.SayAsync(anna, "/task Due later 2026-10-30");
        bot.Service<PlanStore>().Set(PlanEntry.ForMonth("overdue_tasks", new YearMonth(2026, 10), 0m), new ChangeAuthor("test", ChangeSource.Cli));

        // W43 ends at Monday 26 October 00:00 in Berlin; the second task is closed that morning, before the digest.
        bot.Time.SetUtcNow(Instant("2026-10-26T07:00:00Z"));
        await bot.SayAsync(anna, "/done 2");
        bot.Time.SetUtcNow(Instant("2026-10-26T08:00:00Z"));
        var digest = bot.Service<DigestComposer>().Compose(DigestKind.Weekly, new IsoWeek(2026, 43), new DateOnly(2026, 10, 26), BotTexts.English);

        // The metric counts both tasks open at the week's end, and the list beside it names the same two.
        Assert.Contains("🔴 Overdue tasks: 2 of 0 (—) · Maria", digest.Html, StringComparison.Ordinal);
        Assert.Contains("• Anna: Overdue and still open (due 21 October)\n", digest.Html, StringComparison.Ordinal);
        Assert.Contains("• Anna: Overdue, closed on Monday (due 22 October) — closed on 26 Oct", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Due later", digest.Html, StringComparison.Ordinal);
    }

    internal static JsonObject OverdueTasksMetricJson() => new()
    {
        ["Key"] = "overdue_tasks",
        ["Names"] = new JsonObject { ["Ru"] = "Просроченные задачи", ["En"] = "Overdue tasks" },
        ["Stage"] = "order",
        ["Channel"] = "other",
        ["Unit"] = "count",
        ["Direction"] = "lower",
        ["Owner"] = "maria",
        ["Kind"] = "automatic",
    };

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
