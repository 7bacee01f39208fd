using System.Text.RegularExpressions;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// <c>/plan fromlastyear</c> run in December, end to end. "Now" is Wednesday 8 December 2027 in Moscow, so the default
/// year is 2028 and December 2027 (W48..W52, until Sunday 2 January 2028) is not over. Leads: every week of 2027 up to
/// W47 has 150 000 except W46 (15–21 November), so January–October (43 weeks) make 6 450 000 and November lacks a
/// week; December 2027 so far is W48 100 000 + W49 8 350 = 108 350. Two years back, November 2026 (W45..W48) has
/// 4 x 140 000 = 560 000 and December 2026 (W49..W53) 5 x 120 000 = 600 000.
/// </summary>
public sealed partial class PlanFromLastYearDecemberTests : IAsyncLifetime
{
    private static readonly DateTimeOffset December8 = new(2027, 12, 8, 9, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public Task InitializeAsync() => StartAsync("en");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanStore Plans => _bot.Service<PlanStore>();

    private async Task StartAsync(string managerLocale)
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = managerLocale;
        _bot = await BotTestHost.StartAsync(configuration, December8);
        var values = new List<WeeklyValue>();
        values.AddRange(Enumerable.Range(1, 47).Where(week => week != 46).Select(week => new WeeklyValue("leads", new IsoWeek(2027, week), 150_000m)));
        values.Add(new WeeklyValue("leads", IsoWeek.Parse("2027-W48"), 100_000m));
        values.Add(new WeeklyValue("leads", IsoWeek.Parse("2027-W49"), 8_350m));
        values.AddRange(new YearMonth(2026, 11).Weeks.Select(week => new WeeklyValue("leads", week, 140_000m)));
        values.AddRange(new YearMonth(2026, 12).Weeks.Select(week => new WeeklyValue("leads", week, 120_000m)));
        _bot.Service<WeeklyValueStore>().SetAll(values, ChangeAuthor.Cli);
    }

    private async Task RestartInRussianAsync()
    {
        await _bot.DisposeAsync();
        await StartAsync("ru");
    }

    [Fact]
    public async Task InDecember_UnfinishedDecemberAndIncompleteNovemberNamed_LeftOutByDefault()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 10");

        Assert.Contains("Plans for 2028 from the actuals of 2027, growth +10%:", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: actual 6,450,000 → plan 7,095,000\n   November 2027: no data for the week 15–21 November", preview.Text, StringComparison.Ordinal);
        Assert.Contains("December 2027 is not over yet.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("You can take the same months of 2026 instead.", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("119,185", preview.Text, StringComparison.Ordinal); // 108 350 x 1.1: the unfinished December
        Assert.Equal([["Take them from 2026"], ["✅ Confirm", "✖ Cancel"]], Rows(preview));

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal("✅ Plans for 2028 stored: 10 changed.", result.Text);
        Assert.Equal(660_000m, Plans.Get("leads|2028-01")!.Value); // 4 x 150 000 x 1.1
        Assert.Equal(825_000m, Plans.Get("leads|2028-04")!.Value); // April 2027 has 5 weeks
        Assert.Null(Plans.Get("leads|2028-11"));
        Assert.Null(Plans.Get("leads|2028-12"));
        Assert.All(Plans.MonthPlans(2028), plan => Assert.Equal(PlanOrigin.FromLastYear, plan.Origin));
    }

    [Fact]
    public async Task InDecember_TwoYearsBack_EditsThePreviewAndStoresNovemberAndDecemberFrom2026()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 10 leads");

        var recomputed = await _bot.PressAsync(maria, "Take them from 2026");

        Assert.Equal((preview.MessageId, 1), (recomputed.MessageId, recomputed.EditCount)); // the same message, edited
        Assert.Contains("Leads: actual 7,610,000 → plan 8,371,000", recomputed.Text, StringComparison.Ordinal);
        Assert.Contains("   November 2027: no data for the week 15–21 November\n   from the actuals of 2026: November and December", recomputed.Text, StringComparison.Ordinal);
        Assert.Contains("December 2027 is not over yet.", recomputed.Text, StringComparison.Ordinal);
        Assert.Contains("are planned from the same months of 2026, where all their weeks are in.", recomputed.Text, StringComparison.Ordinal);
        Assert.Equal([["Leave them without a plan"], ["✅ Confirm", "✖ Cancel"]], Rows(recomputed));
        Assert.Equal(0, Plans.Count());

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal("✅ Plans for 2028 stored: 12 changed.", result.Text);
        Assert.Equal(616_000m, Plans.Get("leads|2028-11")!.Value); // 560 000 x 1.1
        Assert.Equal(660_000m, Plans.Get("leads|2028-12")!.Value); // 600 000 x 1.1
        Assert.Equal(660_000m, Plans.Get("leads|2028-01")!.Value);
    }

    [Fact]
    public async Task InDecember_TwoYearsBackThenLeaveOut_BackToNoPlanForTheIncompleteMonths()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan fromlastyear 10 leads");
        await _bot.PressAsync(maria, "Take them from 2026");

        var back = await _bot.PressAsync(maria, "Leave them without a plan");

        Assert.Contains("Leads: actual 6,450,000 → plan 7,095,000", back.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("from the actuals of 2026", back.Text, StringComparison.Ordinal);
        Assert.Equal([["Take them from 2026"], ["✅ Confirm", "✖ Cancel"]], Rows(back));
        await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal(10, Plans.Count());
        Assert.Null(Plans.Get("leads|2028-11"));
        Assert.Null(Plans.Get("leads|2028-12"));
    }

    [Fact]
    public async Task ManualPlanWithNote_ListedKeptByConfirm_ReplacedOnlyByItsOwnButton()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set leads 2028-03 700000 spring <campaign>");
        await _bot.PressAsync(maria, "✅ Confirm");

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 10 leads");

        Assert.Contains("Plans set by hand stay as they are:\n• Leads, March 2028: 700,000 — “spring <campaign>”; calculated: 660,000\nTo replace them too, press “Replace manual plans too”.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("spring &lt;campaign&gt;", preview.RawText, StringComparison.Ordinal);
        Assert.Equal([["Take them from 2026"], ["✅ Confirm", "✖ Cancel"], ["Replace manual plans too"]], Rows(preview));

        var kept = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal("✅ Plans for 2028 stored: 9 changed.\nPlans set by hand kept: 1.", kept.Text);
        Assert.Equal((700_000m, "spring <campaign>"), (Plans.Get("leads|2028-03")!.Value, Plans.Get("leads|2028-03")!.Note));
        Assert.Equal(660_000m, Plans.Get("leads|2028-01")!.Value);

        // Again with 20 %: January now comes from last year and is replaced without asking; March still asks.
        var again = await _bot.SayAsync(maria, "/plan fromlastyear 20 leads");
        Assert.Contains("• Leads, March 2028: 700,000 — “spring <campaign>”; calculated: 720,000", again.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("January 2028", again.Text, StringComparison.Ordinal);

        var replaced = await _bot.PressAsync(maria, "Replace manual plans too");

        Assert.Equal("✅ Plans for 2028 stored: 10 changed.\nPlans set by hand replaced: 1.", replaced.Text);
        Assert.Equal((720_000m, (string?)null), (Plans.Get("leads|2028-03")!.Value, Plans.Get("leads|2028-03")!.Note));
        Assert.Equal(720_000m, Plans.Get("leads|2028-01")!.Value);
        Assert.Equal("spring <campaign>", Plans.History("leads|2028-03")[^1].OldNote);
        Assert.Equal(PlanOrigin.FromLastYear, Plans.MonthPlans(2028).Single(plan => plan.Entry.Number == 3).Origin);
    }

    [Fact]
    public async Task ManualPlanReplaceButton_AfterTheManualPlanChanged_RefusedAndStoresNothing()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2028, 3), 700_000m, "spring"), new ChangeAuthor("maria", ChangeSource.Chat));
        await _bot.SayAsync(maria, "/plan fromlastyear 10 leads");
        Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2028, 3), 710_000m, "spring, revised"), new ChangeAuthor("maria", ChangeSource.Import));

        var result = await _bot.PressAsync(maria, "Replace manual plans too");

        Assert.Contains("The plans changed after this preview; nothing was stored.", result.Text, StringComparison.Ordinal);
        Assert.Equal(1, Plans.Count());
        Assert.Equal(710_000m, Plans.Get("leads|2028-03")!.Value);
    }

    [Fact]
    public async Task Russian_MonthsAndWeeksInWords_NoCodesNoLatinLetters()
    {
        await RestartInRussianAsync();
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");
        Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2028, 3), 700_000m, "весенняя акция"), new ChangeAuthor("maria", ChangeSource.Chat));

        var preview = await _bot.SayAsync(maria, "/plan fromlastyear 10 leads");

        var text = preview.Text!.Replace('\u00A0', ' ');
        Assert.StartsWith("Планы на 2028 по факту 2027 года, рост +10 %:\nЛиды: факт 6 450 000 → план 7 095 000\n   ноябрь 2027: нет данных за неделю 15–21 ноября\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nДекабрь 2027 ещё не закончился.\nНа месяцы, которые ещё не закончились или где есть недели без данных, новый план не ставится; прежние планы этих месяцев остаются. Вместо этого можно взять те же месяцы 2026 года.", text, StringComparison.Ordinal);
        Assert.Contains("Планы, заданные вручную, останутся как есть:\n• Лиды, март 2028: 700 000 — «весенняя акция»; по расчёту — 660 000\nЧтобы заменить и их, нажмите «Заменить и ручные планы».", text, StringComparison.Ordinal);
        Assert.EndsWith("«Подтвердить» сохранит эти планы месяцев на 2028; у месяцев без нового плана останутся прежние.", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(IsoCode(), text);
        Assert.DoesNotMatch(LatinLetter(), text);
        Assert.Equal([["Взять из 2026 года"], ["✅ Подтвердить", "✖ Отмена"], ["Заменить и ручные планы"]], Rows(preview));

        var recomputed = await _bot.PressAsync(maria, "Взять из 2026 года");

        var again = recomputed.Text!.Replace('\u00A0', ' ');
        Assert.Contains("Лиды: факт 7 610 000 → план 8 371 000\n   ноябрь 2027: нет данных за неделю 15–21 ноября\n   по факту 2026 года: ноябрь и декабрь", again, StringComparison.Ordinal);
        Assert.Contains("Месяцы, которые ещё не закончились или где есть недели без данных, планируются по тем же месяцам 2026 года, если в них есть все недели.", again, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinLetter(), again);
        Assert.Equal([["Оставить без плана"], ["✅ Подтвердить", "✖ Отмена"], ["Заменить и ручные планы"]], Rows(recomputed));

        var result = await _bot.PressAsync(maria, "✅ Подтвердить");

        Assert.Equal("✅ Планы на 2028 сохранены, изменено: 11.\nРучные планы не тронуты: 1.", result.Text);
        Assert.Equal(700_000m, Plans.Get("leads|2028-03")!.Value);
        Assert.Equal(660_000m, Plans.Get("leads|2028-12")!.Value);
    }

    private static string[][] Rows(Sandbox.State.ChatMessage message) =>
        [.. message.ReplyMarkup!.Rows.Select(row => row.Select(button => button.Text).ToArray())];

    /// <summary>An ISO week (2027-W46) or month (2027-11) code.</summary>
    [GeneratedRegex(@"\d{4}-(W\d{2}|\d{2})")]
    private static partial Regex IsoCode();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
