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

        Assert.Contains("Test <Team> & Co · week 2026-W48 (23 Nov – 29 Nov)", reply.Text, StringComparison.Ordinal);

        // Week 12 / 10 = 120 %; month W45..W48: 8 + 12 = 20 of 40 = 50 %; year to date the same (no other plans): 20 / 40;
        // last year's year to date is 10 (2025-W48 only), so 20 is +100 %.
        Assert.Contains("🟢 Leads (Anna): 12 / 10 (120%) · M 50% · YTD 50% · LY +100%", reply.Text, StringComparison.Ordinal);

        // Ratio: 6 / 12 = 0.5 against a target of 0.4 -> 50% / 40% (125%).
        Assert.Contains("🟢 Qualification rate (Maria): 50% / 40% (125%)", reply.Text, StringComparison.Ordinal);

        // A week without a value is missing, not 0: no zone, no attainment, the plan it had.
        Assert.Contains("⚪ Calls held (Ivan): no data / 50 (—) · M ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Calls held (Ivan): 0", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_InGroupAddressedToBot_AnsweredInTheGroup()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup();

        var reply = await _bot.SayAsync(maria, "/status@funnelbot_sandbox_bot", group.Id);

        Assert.Equal(group.Id, reply.ChatId);
        Assert.Contains("week 2026-W48", reply.Text, StringComparison.Ordinal);
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
        Assert.Contains("🟢 2026-W48: 12 / 10 (120%)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("🔴 2026-W47: 8 / 10 (80%)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("⚪ 2026-W36: no data / — (—)", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/status @anna_ads", "Anna · week 2026-W48", "Ad spend")]
    [InlineData("/status anna", "Anna · week 2026-W48", "Qualified leads")]
    [InlineData("/status 2026-W47", "week 2026-W47 (16 Nov – 22 Nov)", "🔴 Leads (Anna): 8 / 10 (80%)")]
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
