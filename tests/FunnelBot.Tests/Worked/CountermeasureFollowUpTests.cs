using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Worked;

/// <summary>
/// Did the countermeasure work, end to end on a fake clock: a cause and a countermeasure given at check-in (leads 7 of
/// 10 in the week of 23–29 November), the task closed on 4 December, four weeks of leads reported at check-ins, the
/// outcome recorded by the Monday job after the last followed week and shown in <c>/worked</c> and <c>/reasons</c>.
/// </summary>
public sealed class CountermeasureFollowUpTests : IAsyncLifetime
{
    private static readonly DateTimeOffset ClosingFriday = new(2026, 12, 4, 13, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        // The other jobs off: the fake clock passes Friday prompts and Monday reminders, which would open check-ins of their own.
        _bot = await BotTestHost.StartAsync(Scheduling.ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()));
        var plans = _bot.Service<PlanStore>();
        var author = new ChangeAuthor("test", ChangeSource.Cli);

        // 10 leads a week: November has 4 ISO weeks, December 5 (its last one ends on 3 January).
        plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 12), 50m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Countermeasure_ClosedAndFollowedFourWeeks_OutcomeRecordedAnnouncedAndShown()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await CheckInWithCountermeasureAsync(anna);

        _bot.Time.SetUtcNow(ClosingFriday);
        var done = await CommandAsync(anna, "/done 1");
        Assert.Contains("I'll follow Leads until 3 January (4 weeks) and say whether it helped: /worked", done.Text, StringComparison.Ordinal);
        var followUp = await FollowUpAsync();
        Assert.Equal(
            ("leads", "2026-W48", "2026-12-04", "2026-W50", "2026-W53", 4, (CountermeasureResult?)null),
            (followUp.Metric, followUp.CauseWeek, followUp.ClosedOn, followUp.FirstWeek, followUp.LastWeek, followUp.FollowWeeks, followUp.Outcome));
        Assert.Equal(["click_plan_missed"], followUp.Causes);

        var following = await CommandAsync(anna, "/worked");
        Assert.Contains("Click plan missed — still followed: 1\n    #1 Raise bids on brand keywords — Leads: followed until 3 January", following.Text, StringComparison.Ordinal);

        // Four Fridays, four check-ins: 9 (yellow), 10, 11, 10 of 10.
        foreach (var (friday, leads) in new[] { (11, "9"), (18, "10"), (25, "11") })
        {
            _bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, friday, 13, 0, 0, TimeSpan.Zero));
            await CheckInLeadsAsync(anna, leads);
        }

        // Monday 28 December: the last followed week (28 December – 3 January) has not ended, nothing is decided.
        var quiet = _bot.LastMessageId(anna.Id);
        await RunOutcomesAsync(new DateTimeOffset(2026, 12, 28, 8, 30, 0, TimeSpan.Zero), "countermeasure-outcomes|2026-W52");
        Assert.Null(_bot.Service<CountermeasureFollowUpStore>().Find(1)!.Outcome);
        await _bot.WaitForOutboxAsync();
        Assert.Equal(quiet, _bot.LastMessageId(anna.Id));

        _bot.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 13, 0, 0, TimeSpan.Zero));
        await CheckInLeadsAsync(anna, "10");
        var before = _bot.LastMessageId(anna.Id);

        await RunOutcomesAsync(new DateTimeOffset(2027, 1, 4, 8, 30, 0, TimeSpan.Zero), "countermeasure-outcomes|2026-W53");

        var values = _bot.Service<WeeklyValueStore>();
        Assert.Equal(
            [9m, 10m, 11m, 10m],
            new[] { 50, 51, 52, 53 }.Select(week => values.Get("leads", new IsoWeek(2026, week))));
        var decided = _bot.Service<CountermeasureFollowUpStore>().Find(1)!;
        Assert.Equal(
            (CountermeasureResult.BackOnPlan, 0.7m, 1.0m, 4, 3),
            (decided.Outcome!.Value, decided.AttainmentBefore!.Value, decided.AttainmentAfter!.Value, decided.WeeksJudged, decided.WeeksOnPlan));
        var announcement = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before, BotTestHost.Timeout);
        Assert.Equal(
            "Did the countermeasure work?\n#1 Raise bids on brand keywords\nLeads, 7 December – 3 January: back on plan (70% → 100%)\nWhat worked: /worked",
            announcement.Text);

        var worked = await CommandAsync(anna, "/worked");
        Assert.Equal(
            "What worked · all time\n\nCountermeasures by cause\nClick plan missed — helped 1 of 1\n"
            + "    #1 Raise bids on brand keywords — Leads: back on plan (70% → 100%)\n\n"
            + "Weeks better than plan\nNo cause recorded for a week better than plan.\n\nFinished A/B tests\nNo A/B test finished.",
            worked.Text);
        var reasons = await CommandAsync(anna, "/reasons 2026-Q4");
        Assert.EndsWith("\n\nCountermeasures (more: /worked)\nClick plan missed — helped 1 of 1", reasons.Text, StringComparison.Ordinal);

        // A run again in the same week changes nothing and sends nothing.
        var after = _bot.LastMessageId(anna.Id);
        await _bot.Service<ScheduledJobRunner>().RunAsync(CountermeasureOutcomeJob.Declaration, new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        Assert.Equal(ScheduledRunResult.AlreadyDone, _bot.Service<ScheduledRunOutcomes>().Latest(CountermeasureOutcomeJob.Declaration.Name)!.Result);
        await _bot.WaitForOutboxAsync();
        Assert.Equal(after, _bot.LastMessageId(anna.Id));
    }

    [Fact]
    public async Task Done_TaskOfNoMetricsWeek_NotFollowed()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await CommandAsync(anna, "/task Tidy the CRM");

        var done = await CommandAsync(anna, "/done 1");

        Assert.StartsWith("Done:", done.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("follow", done.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Service<CountermeasureFollowUpStore>().All());
    }

    [Fact]
    public async Task Worked_RussianMember_InRussianWithDates()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        _bot.Service<CountermeasureFollowUpStore>().Start(new NewFollowUp(
            7, "Обзвонить <новую> базу", "ivan", "calls", new IsoWeek(2026, 47), ["call_plan_missed"], null,
            new DateOnly(2026, 11, 27), "ivan", [new IsoWeek(2026, 49), new IsoWeek(2026, 50)]));

        var reply = await CommandAsync(ivan, "/worked 2026");

        Assert.Contains("Что сработало · 2026 год", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Не выполнен план звонков (разговоров в день) — ещё отслеживаю: 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("#7 Обзвонить <новую> базу — Проведённые звонки: отслеживаю до 13 декабря", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Обзвонить &lt;новую&gt; базу", reply.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worked_GoodWeeksAndFinishedTests_Listed()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        _bot.Service<DeviationStore>().Update("leads", new IsoWeek(2026, 47), d =>
        {
            d.Kind = Domain.Scorecard.DeviationKind.Positive;
            d.Causes = ["new_campaign"];
            d.Deviation = 4m;
            d.WhatWorked = "Webinar for plant managers";
            d.ReportedBy = "anna";
        });
        var tests = _bot.Service<AbTestStore>();
        var test = tests.Create(new NewAbTest("Subject lines", "leads", "qualified", "Short", "Long", "anna", new DateOnly(2026, 11, 2), null, "maria"));
        tests.Finish(test.Id, "Long subject lines for all mailings", "maria");

        var reply = await CommandAsync(maria, "/worked");

        Assert.Contains("Weeks better than plan\nNew campaign — 1\n    Leads ×1 (+4)\n    What worked: “Webinar for plant managers”", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Finished A/B tests\n#1 Subject lines: Long subject lines for all mailings", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Finished A/B tests: 1 (/worked)", (await CommandAsync(maria, "/reasons")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worked_BadPeriod_SaysWhatIsExpected()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await CommandAsync(maria, "/worked soon");

        Assert.Equal("I don't understand «soon». Try /worked, /worked 2026, /worked 2026-Q4 or /worked 2026-11.", reply.Text);
    }

    /// <summary>A command and its reply: a new message (edits of older messages, such as task cards kept true, are not it).</summary>
    private async Task<ChatMessage> CommandAsync(SandboxUser user, string text)
    {
        var before = _bot.LastMessageId(user.Id);
        await _bot.Driver.SendTextAsync(user.Id, text);
        return await _bot.Driver.WaitForMessageAsync(user.Id, m => m.MessageId > before, BotTestHost.Timeout);
    }

    private async Task CheckInWithCountermeasureAsync(SandboxUser anna)
    {
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        var why = await _bot.SayAsync(anna, "7");
        Assert.Contains("Why is Leads below plan: 7 against 10 (70%)?", why.Text, StringComparison.Ordinal);
        await ReadyAsync(anna, "Click plan missed");
        await _bot.PressAsync(anna, "Click plan missed");
        await ReadyAsync(anna, "➡ Done");
        await _bot.PressAsync(anna, "➡ Done");
        await _bot.SayAsync(anna, "Raise bids on brand keywords");
        await ReadyAsync(anna, "Me");
        await _bot.PressAsync(anna, "Me");
        await ReadyAsync(anna, "by 4 December");
        await _bot.PressAsync(anna, "by 4 December");
        await FinishAsync(anna);
    }

    private async Task CheckInLeadsAsync(SandboxUser anna, string leads)
    {
        var opened = _bot.LastMessageId(anna.Id);
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > opened && m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.Driver.SendTextAsync(anna.Id, leads);
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > opened && m.Text?.Contains("Ad spend (2 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await FinishAsync(anna);
    }

    /// <summary>Skips the other three metrics and finishes, each press on the question as it stands with its buttons.</summary>
    private async Task FinishAsync(SandboxUser anna)
    {
        foreach (var (button, next) in new[] { ("Skip", "Open rate (3 of 4)"), ("Skip", "Qualified leads (4 of 4)"), ("Skip", "Numbers for the week") })
        {
            await ReadyAsync(anna, button);
            await _bot.PressAsync(anna, button);
            await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains(next, StringComparison.Ordinal) == true && m.ReplyMarkup is not null, BotTestHost.Timeout);
        }

        await ReadyAsync(anna, "✓ Finish");
        var thanks = await _bot.PressAsync(anna, "✓ Finish");
        Assert.Contains("Thank you!", thanks.Text, StringComparison.Ordinal);
        await _bot.WaitForOutboxAsync();
    }

    /// <summary>Waits until the bot's latest message with buttons offers <paramref name="button"/> (its keyboard may come a moment after its text).</summary>
    private Task ReadyAsync(SandboxUser user, string button) => Eventually.TrueAsync(
        () => _bot.Driver.BotMessages(user.Id).LastOrDefault(m => m.ReplyMarkup is not null)?.ReplyMarkup!.Buttons.Any(b => b.Text == button) == true,
        BotTestHost.Timeout);

    private async Task<CountermeasureFollowUpDocument> FollowUpAsync()
    {
        await Eventually.TrueAsync(() => _bot.Service<CountermeasureFollowUpStore>().Find(1) is not null, BotTestHost.Timeout);
        return _bot.Service<CountermeasureFollowUpStore>().Find(1)!;
    }

    /// <summary>
    /// The fake clock at the job's Monday slot: the scheduler fires it, and so does the runner here (whichever comes
    /// first runs, the other finds the run key recorded), so that the run is done when this returns.
    /// </summary>
    private async Task RunOutcomesAsync(DateTimeOffset monday, string runKey)
    {
        _bot.Time.SetUtcNow(monday);
        await _bot.Service<ScheduledJobRunner>().RunAsync(CountermeasureOutcomeJob.Declaration, monday, CancellationToken.None);
        Assert.True(_bot.Service<JobRunStore>().HasRun(runKey));
    }
}
