using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// <c>/plan fromlastyear</c> against seeded 2026 actuals: leads W01..W05 = 10..14 (January 60) and W53 = 7 (December,
/// Thursday 31 December); qualified W10 = 3 (March). "Now" is 2026-11-27, so the default year is 2027.
/// </summary>
public sealed class PlanFromLastYearBotTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanStore Plans => _bot.Service<PlanStore>();

    private void SeedLastYear()
    {
        WeeklyValue Value(string metric, string week, decimal value) => new(metric, IsoWeek.Parse(week), value);
        _bot.Service<WeeklyValueStore>().SetAll(
            [
                Value("leads", "2026-W01", 10), Value("leads", "2026-W02", 11), Value("leads", "2026-W03", 12),
                Value("leads", "2026-W04", 13), Value("leads", "2026-W05", 14), Value("leads", "2026-W53", 7),
                Value("qualified", "2026-W10", 3),
            ],
            ChangeAuthor.Cli);
    }

    [Fact]
    public async Task FromLastYear_Growth15_PreviewThenConfirmStoresRoundedMonthPlans()
    {
        SeedLastYear();
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 15");

        Assert.Contains("Plans for 2027 from the actuals of 2026, growth +15%:", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: 2026 67 → 2027 77", preview.Text, StringComparison.Ordinal); // 69 + 8.05 -> 8
        Assert.Contains("Qualified leads: 2026 3 → 2027 3", preview.Text, StringComparison.Ordinal); // 3.45 -> 3
        Assert.Contains("no data last year, no plan set for: 2027-02, 2027-03", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Skipped Qualification rate: a ratio; set its target with /plan set qualification_rate 2027 <target>", preview.Text, StringComparison.Ordinal);
        Assert.Equal(0, Plans.Count());

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Contains("Plans stored: 3 changed.", result.Text, StringComparison.Ordinal);
        Assert.Equal(69m, Plans.Get("leads|2027-01")!.Value);
        Assert.Equal(8m, Plans.Get("leads|2027-12")!.Value);
        Assert.Equal(3m, Plans.Get("qualified|2027-03")!.Value);
        Assert.Null(Plans.Get("leads|2027-02"));
        Assert.Equal(3, Plans.Count());
        Assert.Equal(("maria", ChangeSource.Chat), (Plans.History("leads|2027-01")[0].Who, Plans.History("leads|2027-01")[0].Source));
    }

    [Fact]
    public async Task FromLastYear_RussianDecimalGrowthForOneMetric_ReadInTheManagersLanguage()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = "ru";
        await _bot.DisposeAsync();
        _bot = await BotTestHost.StartAsync(configuration);
        SeedLastYear();
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 7,5 leads 2027");
        Assert.Contains("Лиды: 2026 67 → 2027 73", preview.Text, StringComparison.Ordinal); // 64.5 -> 65, 7.525 -> 8
        Assert.DoesNotContain("Квалифицированные", preview.Text, StringComparison.Ordinal);
        await _bot.PressAsync(maria, "✅ Подтвердить");

        Assert.Equal((65m, 8m), (Plans.Get("leads|2027-01")!.Value, Plans.Get("leads|2027-12")!.Value));
    }

    [Fact]
    public async Task FromLastYear_Cancelled_StoresNothing()
    {
        SeedLastYear();
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan fromlastyear -10 all 2027");

        var result = await _bot.PressAsync(maria, "✖ Cancel");

        Assert.Contains("Cancelled", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, Plans.Count());
    }

    [Fact]
    public async Task FromLastYear_NoActualsLastYear_NothingToConfirm()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/plan fromlastyear 15");

        Assert.Contains("There are no actuals of 2026 to plan from; nothing to store.", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.ReplyMarkup);
    }

    [Fact]
    public async Task PlanView_RatioAndOverview_TargetAndLastYearsActualRatio()
    {
        SeedLastYear();
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set qualification_rate 2027 40%");
        await _bot.PressAsync(maria, "✅ Confirm");

        var ratio = await _bot.SayAsync(maria, "/plan qualification_rate 2027");
        var overview = await _bot.SayAsync(maria, "/plan 2027");

        // 2026: qualified 3 / leads 67 = 4.48%.
        Assert.Equal("Qualification rate: target for 2027: 40% · actual 2026: 4.5%", ratio.Text);
        Assert.Contains("Qualification rate: target 40% · 2026: 4.5%", overview.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: plan — · 2026: 67", overview.Text, StringComparison.Ordinal);
        Assert.Equal(0.4m, Plans.Get("qualification_rate|2027")!.Value);
    }
}
