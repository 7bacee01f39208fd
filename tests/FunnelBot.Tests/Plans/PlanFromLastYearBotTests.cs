using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// <c>/plan fromlastyear</c> against seeded 2026 actuals: leads W01..W05 = 10..14 (January 60, every week) and W53 = 7
/// (December, Thursday 31 December); qualified W10 = 3 (March, whose W11..W13 have no value). "Now" is Friday
/// 2026-11-27, so the default year is 2027, and November and December 2026 are not over yet.
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
    public async Task FromLastYear_Growth15_OnlyCompleteMonthsArePlannedTheOthersNamed()
    {
        SeedLastYear();
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 15");

        Assert.Contains("Plans for 2027 from the actuals of 2026, growth +15%:", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: actual 60 → plan 69\n   no data for February, March, April, May, June, July, August, September and October 2026", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Qualified leads: actual — → plan —", preview.Text, StringComparison.Ordinal);
        Assert.Contains("   March 2026: no data for the weeks 9–15 March, 16–22 March and 23–29 March", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Skipped Qualification rate: a ratio; set its target with /plan set qualification_rate 2027 <target>", preview.Text, StringComparison.Ordinal);
        Assert.Contains("November and December 2026 are not over yet.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Months that are not over or have weeks without data get no new plan; the plans they have stay.", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("You can take", preview.Text, StringComparison.Ordinal); // nothing stored in 2025 to take
        Assert.Equal(["✅ Confirm", "✖ Cancel"], preview.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Equal(0, Plans.Count());

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal("✅ Plans for 2027 stored: 1 changed.", result.Text);
        Assert.Equal(69m, Plans.Get("leads|2027-01")!.Value);
        Assert.Null(Plans.Get("leads|2027-12")); // December 2026 (W53 = 7 so far) is not over: no plan from it
        Assert.Null(Plans.Get("qualified|2027-03")); // March 2026 lacks three weeks: no plan from a quarter of it
        Assert.Equal(1, Plans.Count());
        Assert.Equal(("maria", ChangeSource.Chat), (Plans.History("leads|2027-01")[0].Who, Plans.History("leads|2027-01")[0].Source));
        Assert.Equal(PlanOrigin.FromLastYear, Plans.MonthPlans(2027).Single().Origin);
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

        Assert.Contains("Планы на 2027 по факту 2026 года, рост +7,5\u00A0%:", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Лиды: факт 60 → план 65", preview.Text, StringComparison.Ordinal); // 64.5 -> 65
        Assert.Contains("Ноябрь и декабрь 2026 ещё не закончились.", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Квалифицированные", preview.Text, StringComparison.Ordinal);
        await _bot.PressAsync(maria, "✅ Подтвердить");

        Assert.Equal((65m, (PlanEntry?)null), (Plans.Get("leads|2027-01")!.Value, Plans.Get("leads|2027-12")));
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

        Assert.Contains("Leads: actual — → plan —\n   no data for January, February, March, April, May, June, July, August, September and October 2026", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("No complete months of 2026 to plan from; nothing to store.", reply.Text, StringComparison.Ordinal);
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
