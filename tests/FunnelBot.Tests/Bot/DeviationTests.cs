using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Off-plan values in the check-in: why, then a countermeasure task (a miss) or what worked (a beat).</summary>
public sealed class DeviationTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var plans = _bot.Service<PlanStore>();
        var author = new ChangeAuthor("test", ChangeSource.Cli);

        // November 2026 has 4 ISO weeks: weekly plans leads 10, ad spend 1000, open rate 40, qualified 5.
        plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        plans.Set(PlanEntry.ForMonth("ad_spend", new YearMonth(2026, 11), 4000m), author);
        plans.Set(PlanEntry.ForMonth("open_rate", new YearMonth(2026, 11), 160m), author);
        plans.Set(PlanEntry.ForMonth("qualified", new YearMonth(2026, 11), 20m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Miss_CauseButtonsThenCountermeasure_TaskWithOwnerAndDueDate()
    {
        var anna = await StartCheckInAsync();

        // 7 of 10 is 70 %: red, so the bot asks why with the volume causes of the interest stage.
        var why = await _bot.SayAsync(anna, "7");
        Assert.Contains("Why is Leads below plan: 7 against 10 (70%)?", why.Text, StringComparison.Ordinal);
        Assert.Contains(why.ReplyMarkup!.Buttons, b => b.Text == "Click plan missed");
        Assert.DoesNotContain(why.ReplyMarkup!.Buttons, b => b.Text == "A competitor was criticised");

        await _bot.PressAsync(anna, "Click plan missed");
        var toggled = await _bot.PressAsync(anna, "Budget short, or spent with poor results");
        Assert.Contains(toggled.ReplyMarkup!.Buttons, b => b.Text == "✓ Click plan missed");
        var countermeasure = await _bot.PressAsync(anna, "➡ Done");
        Assert.Contains("What will be done about Leads?", countermeasure.Text, StringComparison.Ordinal);

        var owner = await _bot.SayAsync(anna, "Raise bids on brand keywords");
        Assert.Contains("Who will do it?", owner.Text, StringComparison.Ordinal);
        var due = await _bot.PressAsync(anna, "Maria");
        Assert.Contains("By when?", due.Text, StringComparison.Ordinal);

        // "Today" is Friday 27 Nov in Moscow: +7 days is 4 Dec.
        var next = await _bot.PressAsync(anna, "by 4 December");
        Assert.Contains("📌 Task: Raise bids on brand keywords — owner: Maria, due 4 December.", next.Text, StringComparison.Ordinal);
        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);

        var task = Assert.Single(_bot.Service<WorkTaskStore>().All());
        Assert.Equal(("Raise bids on brand keywords", TestTeam.Manager, TestTeam.Anna, "2026-12-04", "leads", "2026-W48"), (task.Title, task.Owner, task.CreatedBy, task.Due, task.Metric, task.Week));
        var deviation = _bot.Service<DeviationStore>().Find("leads", Week)!;
        Assert.Equal(DeviationKind.Negative, deviation.Kind);
        Assert.Equal(["click_plan_missed", "budget_off"], deviation.Causes);
        Assert.Equal(-3m, deviation.Deviation);
        Assert.Equal(task.Id, deviation.TaskNumber);
    }

    [Fact]
    public async Task Miss_NoCountermeasure_RecordedOnPurpose()
    {
        var anna = await StartCheckInAsync();
        await _bot.SayAsync(anna, "8");

        await _bot.SayAsync(anna, "the landing page was down for two days");
        var next = await _bot.PressAsync(anna, "No countermeasure");

        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        var deviation = _bot.Service<DeviationStore>().Find("leads", Week)!;
        Assert.Equal([Cause.OtherCode], deviation.Causes);
        Assert.Equal("the landing page was down for two days", deviation.OtherText);
        Assert.True(deviation.NoCountermeasure);
        Assert.Empty(_bot.Service<WorkTaskStore>().All());
    }

    [Fact]
    public async Task Beat_AsksWhatHelpedOnce_ByButtons()
    {
        var anna = await StartCheckInAsync();

        // 13 of 10 is 130 %: at or above AskWhyAbove (120 %), a positive deviation.
        var why = await _bot.SayAsync(anna, "13");
        Assert.Contains("Leads is well above plan: 13 against 10 (130%)", why.Text, StringComparison.Ordinal);
        Assert.Contains(why.ReplyMarkup!.Buttons, b => b.Text == "New campaign");
        Assert.DoesNotContain(why.ReplyMarkup!.Buttons, b => b.Text == "Click plan missed");

        await _bot.PressAsync(anna, "New campaign");
        var next = await _bot.PressAsync(anna, "➡ Done");

        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Driver.BotMessages(anna.Id), m => m.Text?.Contains("What worked", StringComparison.Ordinal) == true);
        var deviation = _bot.Service<DeviationStore>().Find("leads", Week)!;
        Assert.Equal(DeviationKind.Positive, deviation.Kind);
        Assert.Equal(["new_campaign"], deviation.Causes);
    }

    [Fact]
    public async Task Beat_OwnWordsAtTheWhyQuestion_KeptAndNotAskedAgain()
    {
        var anna = await StartCheckInAsync();
        await _bot.SayAsync(anna, "13");

        var next = await _bot.SayAsync(anna, "LinkedIn campaign for plant managers");

        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Driver.BotMessages(anna.Id), m => m.Text?.Contains("What worked", StringComparison.Ordinal) == true);
        var deviation = _bot.Service<DeviationStore>().Find("leads", Week)!;
        Assert.Equal([Cause.OtherCode], deviation.Causes);
        Assert.Equal("LinkedIn campaign for plant managers", deviation.OtherText);
    }

    [Fact]
    public async Task OnPlan_NoQuestion()
    {
        var anna = await StartCheckInAsync();

        var next = await _bot.SayAsync(anna, "11");

        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        Assert.Null(_bot.Service<DeviationStore>().Find("leads", Week));
    }

    [Fact]
    public async Task Restart_DuringTheCauseQuestion_ContinuesWithTheCausesChosen()
    {
        var anna = await StartCheckInAsync();
        await _bot.SayAsync(anna, "7");
        await _bot.PressAsync(anna, "Call plan missed (conversations per day)");

        await _bot.StopBotAsync();
        await _bot.StartBotAsync();
        var countermeasure = await _bot.PressAsync(anna, "➡ Done");

        Assert.Contains("What will be done about Leads?", countermeasure.Text, StringComparison.Ordinal);
        Assert.Equal(["call_plan_missed"], _bot.Service<DeviationStore>().Find("leads", Week)!.Causes);
    }

    [Fact]
    public async Task DueDate_TypedInTheMembersLocale_Accepted()
    {
        var anna = await StartCheckInAsync();
        await _bot.SayAsync(anna, "7");
        await _bot.SayAsync(anna, "tracking broke");
        await _bot.SayAsync(anna, "Fix the tracking");
        await _bot.PressAsync(anna, "Me");

        var refused = await _bot.SayAsync(anna, "01/11/2026");
        Assert.Contains("That date has already passed.", refused.Text, StringComparison.Ordinal);
        var next = await _bot.SayAsync(anna, "10/12/2026");

        Assert.Contains("📌 Task: Fix the tracking — owner: Anna, due 10 December.", next.Text, StringComparison.Ordinal);
        Assert.Equal("2026-12-10", Assert.Single(_bot.Service<WorkTaskStore>().All()).Due);
    }

    private async Task<FunnelBot.Sandbox.State.SandboxUser> StartCheckInAsync()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        return anna;
    }
}
