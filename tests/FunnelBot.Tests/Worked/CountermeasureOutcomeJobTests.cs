using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;
using FunnelBot.Sandbox.State;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Worked;

/// <summary>
/// The Monday job with a team channel: a countermeasure followed 2–29 November is decided on Monday 30 November, its
/// owner told in Russian, the channel in the team's language. "Now" is that Monday, before the job's 11:30.
/// </summary>
public sealed class CountermeasureOutcomeJobTests : IAsyncLifetime
{
    private static readonly DateTimeOffset MondaySlot = new(2026, 11, 30, 8, 30, 0, TimeSpan.Zero); // 11:30 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    public async Task InitializeAsync() => (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync(configure: configuration => ScheduleTestHost.DisabledSchedule(configuration));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Run_FollowedWeeksOver_ImprovedRecordedOwnerAndChannelTold()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 10), 200m), author); // 5 weeks: 40 a week
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 11), 200m), author); // 4 weeks: 50 a week
        var values = _bot.Service<WeeklyValueStore>();
        values.Set(new WeeklyValue("calls", new IsoWeek(2026, 44), 12m), author); // 30 %: the week the cause was given
        foreach (var (week, calls) in new[] { (45, 30m), (46, 35m), (47, 40m), (48, 45m) })
        {
            values.Set(new WeeklyValue("calls", new IsoWeek(2026, week), calls), author); // 60, 70, 80, 90 %: never green
        }

        _bot.Service<CountermeasureFollowUpStore>().Start(new NewFollowUp(
            3, "Обзвонить базу", "ivan", "calls", new IsoWeek(2026, 44), ["call_plan_missed"], null, new DateOnly(2026, 10, 30), "ivan",
            CountermeasureOutcomeRule.FollowedWeeks(new DateOnly(2026, 10, 30), 4)));
        var before = _bot.LastMessageId(ivan.Id);

        _bot.Time.SetUtcNow(MondaySlot);
        await _bot.Service<ScheduledJobRunner>().RunAsync(CountermeasureOutcomeJob.Declaration, MondaySlot, CancellationToken.None);

        Assert.True(_bot.Service<JobRunStore>().HasRun("countermeasure-outcomes|2026-W48"));
        var decided = _bot.Service<CountermeasureFollowUpStore>().Find(3)!;
        Assert.Equal((CountermeasureResult.Improved, 0.3m, 0.75m, 4, 0), (decided.Outcome!.Value, decided.AttainmentBefore!.Value, decided.AttainmentAfter!.Value, decided.WeeksJudged, decided.WeeksOnPlan));
        var post = await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Text?.Contains("Did the countermeasures work?", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        Assert.Equal("Did the countermeasures work?\n    #3 Обзвонить базу — Calls held: improved (30% → 75%)", post.Text);
        var told = await _bot.Driver.WaitForMessageAsync(ivan.Id, m => m.MessageId > before, BotTestHost.Timeout);
        var (was, now) = (MetricValueText.Attainment(0.3m, BotTexts.Russian), MetricValueText.Attainment(0.75m, BotTexts.Russian));
        Assert.Equal($"Помогла ли контрмера?\n#3 Обзвонить базу\nПроведённые звонки, 2–29 ноября: стало лучше ({was} → {now})\nЧто сработало: /worked", told.Text);
    }

    [Fact]
    public async Task Run_NothingDue_NothingSentButRunRecorded()
    {
        _bot.Time.SetUtcNow(MondaySlot);

        await _bot.Service<ScheduledJobRunner>().RunAsync(CountermeasureOutcomeJob.Declaration, MondaySlot, CancellationToken.None);

        Assert.True(_bot.Service<JobRunStore>().HasRun("countermeasure-outcomes|2026-W48"));
        await _bot.WaitForOutboxAsync();
        Assert.Empty(_bot.Driver.BotMessages(_channel.Id));
    }
}
