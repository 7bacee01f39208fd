using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary><c>/plan set</c> by the manager: a preview with old → new and Confirm / Cancel; nothing is stored before Confirm.</summary>
public sealed class PlanSetTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanStore Plans => _bot.Service<PlanStore>();

    private static string Row(string label, string plan, string lastYear) => label.PadRight(6) + plan.PadLeft(13) + lastYear.PadLeft(13);

    [Fact]
    public async Task SetMonth_Confirmed_StoredWithHistoryAndShownInPlan()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        _bot.Service<WeeklyValueStore>().SetAll([new WeeklyValue("leads", IsoWeek.Parse("2025-W11"), 40)], ChangeAuthor.Cli);

        var preview = await _bot.SayAsync(maria, "/plan set leads 2026-03 120");

        Assert.Contains("March 2026: — → 120", preview.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Confirm", "✖ Cancel"], preview.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(Plans.Get("leads|2026-03"));

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Contains("Plans stored: 1 changed.", result.Text, StringComparison.Ordinal);
        Assert.Null(result.ReplyMarkup);
        Assert.Equal(120m, Plans.Get("leads|2026-03")!.Value);
        var history = Assert.Single(Plans.History("leads|2026-03"));
        Assert.Equal(("maria", ChangeSource.Chat, (decimal?)null, (decimal?)120m), (history.Who, history.Source, history.OldValue, history.NewValue));

        var view = await _bot.SayAsync(maria, "/plan leads");

        Assert.Contains(Row("Mar", "120", "40"), view.Text, StringComparison.Ordinal); // 2025-W11: Thursday 13 March 2025
        Assert.Contains(Row("Q1", "120", "40"), view.Text, StringComparison.Ordinal);
        Assert.Contains(Row("Year", "120", "40"), view.Text, StringComparison.Ordinal);
        Assert.Contains(Row("Apr", "—", "—"), view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetYear_Confirmed_SpreadOverTwelveMonthsThatSumToTheYear()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        // 2027 has 52 weeks: 1040 / 52 = 20 a week, so a month of 4 weeks gets 80 and one of 5 weeks 100.
        var preview = await _bot.SayAsync(maria, "/plan set leads 2027 1040");
        Assert.Contains("Year 2027: — → 1,040", preview.Text, StringComparison.Ordinal);
        await _bot.PressAsync(maria, "✅ Confirm");

        var months = YearMonth.AllOf(2027).Select(m => (m, Plans.Get($"leads|{m}")!.Value)).ToList();
        Assert.Equal(1040m, months.Sum(m => m.Value));
        Assert.All(months, m => Assert.Equal(20m * m.m.WeekCount, m.Value));
        var view = await _bot.SayAsync(maria, "/plan leads 2027");
        Assert.Contains(Row("Year", "1,040", "—"), view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMonth_WithNote_NoteKeptOnThePlanAndInItsHistory()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set leads 2027-03 150");
        await _bot.PressAsync(maria, "✅ Confirm");

        var preview = await _bot.SayAsync(maria, "/plan set leads 2027-03 150 spring campaign");
        Assert.Contains("March 2027: 150 → 150 (spring campaign)", preview.Text, StringComparison.Ordinal);
        await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal((150m, "spring campaign"), (Plans.Get("leads|2027-03")!.Value, Plans.Get("leads|2027-03")!.Note));
        var latest = Plans.History("leads|2027-03")[^1];
        Assert.Equal(((string?)null, "spring campaign"), (latest.OldNote, latest.NewNote));
        var view = await _bot.SayAsync(maria, "/plan leads 2027");
        Assert.Contains("Month notes:\nMarch 2027: spring campaign", view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMonth_MultiplierAndCurrencyWrittenApart_ReadAsTheValueAndTheWordsAfterAsTheNote()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var preview = await _bot.SayAsync(maria, "/plan set ad_spend 2027-03 12,5 млн выставка");
        await _bot.PressAsync(maria, "✅ Confirm");
        var currency = await _bot.SayAsync(maria, "/plan set ad_spend 2027-04 1 850 000 ₽");

        Assert.Contains("March 2027: — → 12,500,000 (выставка)", preview.Text, StringComparison.Ordinal);
        Assert.Contains("April 2027: — → 1,850,000", currency.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(", currency.Text!.Split('\n').Single(line => line.Contains("April 2027", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal((12_500_000m, "выставка"), (Plans.Get("ad_spend|2027-03")!.Value, Plans.Get("ad_spend|2027-03")!.Note));
    }

    [Fact]
    public async Task SetWeek_WithNote_OverrideStoredAndListedWithItsNote()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set leads 2026-12 100");
        await _bot.PressAsync(maria, "✅ Confirm");

        var preview = await _bot.SayAsync(maria, "/plan set leads 2026-W50 0 Anna <away>");
        Assert.Contains("Week of 7–13 December 2026: — → 0 (Anna <away>)", preview.Text, StringComparison.Ordinal);
        await _bot.PressAsync(maria, "✅ Confirm");

        var stored = Plans.Get("leads|2026-W50")!;
        Assert.Equal((0m, "Anna <away>"), (stored.Value, stored.Note));
        var view = await _bot.SayAsync(maria, "/plan leads");
        Assert.Contains("7–13 December: 0 — Anna <away>", view.Text, StringComparison.Ordinal);
        Assert.Contains(Row("Dec", "80", "—"), view.Text, StringComparison.Ordinal); // December 2026 has 5 weeks: 4 x 20 + 0
    }

    [Fact]
    public async Task Confirm_PreviewOlderThanAWeek_RefusedAsExpiredAndNothingStored()
    {
        await using var bot = await BotTestHost.StartAsync(Scheduling.ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()));
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        await bot.SayAsync(maria, "/plan set leads 2026-03 120");

        bot.Time.Advance(PendingPlanChangeStore.ConfirmWithin + TimeSpan.FromMinutes(1));
        var result = await bot.PressAsync(maria, "✅ Confirm");

        Assert.Contains("This preview is more than a week old; nothing was changed.", result.Text, StringComparison.Ordinal);
        Assert.Null(result.ReplyMarkup);
        Assert.Null(bot.Service<PlanStore>().Get("leads|2026-03"));
    }

    [Fact]
    public async Task Cancel_StoresNothing()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set leads 2026-03 120");

        var result = await _bot.PressAsync(maria, "✖ Cancel");

        Assert.Contains("Cancelled; nothing was stored.", result.Text, StringComparison.Ordinal);
        Assert.Null(result.ReplyMarkup);
        Assert.Equal(0, Plans.Count());
    }

    [Fact]
    public async Task Confirm_PlanChangedMeanwhile_RefusedAsStaleAndNothingChanges()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/plan set leads 2026-03 120");
        Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 3), 90m), ChangeAuthor.CliImport);

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Contains("The plans changed after this preview; nothing was stored.", result.Text, StringComparison.Ordinal);
        Assert.Equal(90m, Plans.Get("leads|2026-03")!.Value);
        Assert.Single(Plans.History("leads|2026-03"));
    }

    [Fact]
    public async Task Confirm_PressedTwice_SecondSaysDoneAndChangesNothing()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var preview = await _bot.SayAsync(maria, "/plan set leads 2026-03 120");
        var data = preview.ReplyMarkup!.Buttons.First(b => b.Text == "✅ Confirm").CallbackData!;
        await _bot.PressAsync(maria, "✅ Confirm");
        Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 3), 90m), ChangeAuthor.CliImport);

        var query = await _bot.Driver.PressButtonAsync(maria.Id, maria.Id, preview.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Contains("This button belongs to a finished conversation; nothing was changed.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(90m, Plans.Get("leads|2026-03")!.Value);
        Assert.Equal(2, Plans.History("leads|2026-03").Count);
    }

    [Fact]
    public async Task Confirm_ForgedByAMemberOnOwnMessage_StaleAndNothingStored()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var preview = await _bot.SayAsync(maria, "/plan set leads 2026-03 120");
        var data = preview.ReplyMarkup!.Buttons.First(b => b.Text == "✅ Confirm").CallbackData!;
        var annasMessage = await _bot.SayAsync(anna, "/help");

        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, annasMessage.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Equal("This button belongs to a finished conversation; nothing was changed.", answer.Text);
        Assert.Equal(0, Plans.Count());
        var confirmed = await _bot.PressAsync(maria, "✅ Confirm");
        Assert.Contains("Plans stored: 1 changed.", confirmed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl:c:0123456789abcdef0123456789abcdef")]
    [InlineData("pl:c:not-an-id")]
    [InlineData("pl:z:0123456789abcdef0123456789abcdef")]
    [InlineData("pl:")]
    public async Task Button_ForgedOrUnknownData_StaleAndNothingStored(string data)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var preview = await _bot.SayAsync(maria, "/plan set leads 2026-03 120");

        var query = await _bot.Driver.PressButtonAsync(maria.Id, maria.Id, preview.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Contains("nothing was changed", answer.Text, StringComparison.Ordinal);
        Assert.Equal(0, Plans.Count());
    }
}
