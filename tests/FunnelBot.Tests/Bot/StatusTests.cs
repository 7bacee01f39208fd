using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

public sealed class StatusTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId));
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        var plans = _bot.Service<PlanStore>();
        var values = _bot.Service<WeeklyValueStore>();

        // November 2026 has 4 ISO weeks: weekly plan 10 leads, 5 qualified.
        plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        plans.Set(PlanEntry.ForMonth("qualified", new YearMonth(2026, 11), 20m), author);
        plans.Set(PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.4m), author);
        plans.Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 11), 200m), author); // 50 a week; Ivan reports none
        values.Set(new WeeklyValue("leads", new IsoWeek(2026, 48), 12m), author);
        values.Set(new WeeklyValue("qualified", new IsoWeek(2026, 48), 6m), author);
        values.Set(new WeeklyValue("leads", new IsoWeek(2026, 47), 8m), author);
        values.Set(new WeeklyValue("qualified", new IsoWeek(2026, 47), 2m), author);
        values.Set(new WeeklyValue("leads", new IsoWeek(2025, 48), 10m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Status_Private_TeamScorecardWithZonesAndPeriods()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/status");

        Assert.Contains("Test <Team> & Co · week of 23–29 November", reply.Text, StringComparison.Ordinal);

        // Week 12 / 10 = 120 %; month W45..W48: 8 + 12 = 20 of 40 = 50 %; year to date the same (no other plans): 20 / 40;
        // last year's year to date is 10 (2025-W48 only), so 20 is +100 %.
        Assert.Contains("🟢 Leads (Anna): 12 / 10 (120%) · M 50% · YTD 50% · LY +100%", reply.Text, StringComparison.Ordinal);

        // Ratio: 6 / 12 = 0.5 against a target of 0.4 -> 50% / 40% (125%).
        Assert.Contains("🟢 Qualification rate (Maria): 50% / 40% (125%)", reply.Text, StringComparison.Ordinal);

        // A week without a value is missing, not 0: no zone, no attainment, the plan it had.
        // Nor is a month or year without any value 0%: Ivan has reported nothing this year.
        Assert.Contains("⚪ Calls held (Ivan): no data / 50 (—) · M — · YTD — · LY —", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Calls held (Ivan): 0", reply.Text, StringComparison.Ordinal);

        // The week is in progress (today is 27 November): it says so, and how many of the 5 entered values are in.
        Assert.Contains("The week is still open; values in so far: 2 of 5.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Repeated_WrittenOnceUntilAValueChanges_AndInEachMembersLanguage()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna", "ru");

        var first = await _bot.SayAsync(maria, "/status");
        var again = await _bot.SayAsync(maria, "/status");
        var russian = await _bot.SayAsync(anna, "/status");
        _bot.Service<WeeklyValueStore>().Set(new WeeklyValue("leads", new IsoWeek(2026, 48), 15m), new ChangeAuthor("test", ChangeSource.Cli));
        var changed = await _bot.SayAsync(maria, "/status");

        Assert.Equal(first.Text, again.Text);
        Assert.Contains("Leads (Anna): 12 / 10 (120%)", first.Text, StringComparison.Ordinal);
        Assert.Contains("неделя 23–29 ноября", russian.Text, StringComparison.Ordinal);
        Assert.Contains("Leads (Anna): 15 / 10 (150%)", changed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12 / 10", changed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_PastWeek_DoesNotSayItIsOpen()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/status 2026-W47");

        Assert.DoesNotContain("still open", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Metric_ShowsThePaceToTheFullPlans()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/status leads");

        // Leads: 8 + 12 = 20 against November's 40. November ends with W48. December has no plan, so the quarter and
        // the year need the same 40: 20 more over W49..W53, 4 a week; at the pace so far (20 of a plan to date of
        // 40) the forecast is 20 x 40 / 40 = 20.
        Assert.Contains("Pace to plan", reply.Text, StringComparison.Ordinal);
        Assert.Contains("November 2026: 20 of 40 · period over", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Q4 2026: 20 of 40 · needs 4 a week, 5 weeks left · forecast 20", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n2026: 20 of 40 · needs 4 a week, 5 weeks left · forecast 20", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MetricWithoutValuesInRussian_SaysNoDataAndThePaceStillNeeded()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Иван", "ru");

        var reply = await _bot.SayAsync(ivan, "/status calls");

        // Calls: November's plan 200, nothing reported: no forecast, 200 over the 5 weeks left of the quarter.
        Assert.Contains("Темп к плану", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ноябрь 2026: нет данных, план 200 · период закончился", reply.Text, StringComparison.Ordinal);
        Assert.Contains("IV квартал 2026: нет данных, план 200 · нужно 40 в неделю · до конца: 5 недель", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2026 год: нет данных, план 200 · нужно 40 в неделю · до конца: 5 недель", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("прогноз", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_RatioMetric_HasNoPace()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/status qualification_rate");

        Assert.Contains("the last 13 weeks", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pace to plan", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_InGroupAddressedToBot_AnsweredInTheGroup()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup();

        var reply = await _bot.SayAsync(maria, "/status@funnelbot_sandbox_bot", group.Id);

        Assert.Equal(group.Id, reply.ChatId);
        Assert.Contains("week of 23–29 November", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_InGroupForAnotherBot_Ignored()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup();

        await _bot.Driver.SendTextAsync(maria.Id, "/status@some_other_bot", group.Id);
        var reply = await _bot.SayAsync(maria, "/help@funnelbot_sandbox_bot", group.Id);

        Assert.Contains("What you can do", reply.Text, StringComparison.Ordinal);
        Assert.Single(_bot.Driver.BotMessages(group.Id));
    }

    [Fact]
    public async Task Status_Metric_ShowsThirteenWeeksAndOnTrackCount()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/status leads");

        // Plans exist only in November (W45..W48): W48 is green (12/10), W47 red (8/10), W45 and W46 red (0/10).
        Assert.Contains("Leads (Anna) · the last 13 weeks · on track 1/13", reply.Text, StringComparison.Ordinal);
        Assert.Contains("🟢 23–29 November: 12 / 10 (120%)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("🔴 16–22 November: 8 / 10 (80%)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("⚪ 31 August – 6 September: no data / — (—)", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/status @anna_ads", "Anna · week of 23–29 November", "Ad spend")]
    [InlineData("/status anna", "Anna · week of 23–29 November", "Qualified leads")]
    [InlineData("/status 2026-W47", "week of 16–22 November", "🔴 Leads (Anna): 8 / 10 (80%)")]
    public async Task Status_Narrowed_ShowsTheChosenSlice(string command, string header, string line)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.Contains(header, reply.Text, StringComparison.Ordinal);
        Assert.Contains(line, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownArgument_EchoedEscapedWithExamples()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/status <script>&x");

        Assert.Contains("I don't know “<script>&x”", reply.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;&amp;x", reply.RawText, StringComparison.Ordinal);
    }
}
