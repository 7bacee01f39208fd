using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// <c>/checkin</c> and <c>/edit</c> of a week far from now (Friday 2026-11-27, week 2026-W48): a future week is refused,
/// one more than 52 weeks back is confirmed first, both naming the week by its dates and year; nothing is stored until Yes.
/// </summary>
public sealed class FarWeekTests : IAsyncLifetime
{
    private const string Stale = "This button belongs to a finished conversation; nothing was changed.";
    private static readonly IsoWeek FarWeek = new(2025, 2);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("en", "/checkin 2026-W49", "The week of 30 November – 6 December 2026 has not started yet: numbers can be entered for this week or an earlier one.")]
    [InlineData("ru", "/checkin 2026-W49", "Неделя 30 ноября – 6 декабря 2026 ещё не началась: цифры можно ввести за текущую неделю или за прошедшие.")]
    [InlineData("en", "/checkin 2027-W02", "The week of 11–17 January 2027 has not started yet: numbers can be entered for this week or an earlier one.")]
    [InlineData("en", "/edit leads 2026-W49 5", "The week of 30 November – 6 December 2026 has not started yet: numbers can be entered for this week or an earlier one.")]
    [InlineData("ru", "/edit leads 2026-W53 5", "Неделя 28 декабря 2026 – 3 января 2027 ещё не началась: цифры можно ввести за текущую неделю или за прошедшие.")]
    public async Task FutureWeek_Refused_WithItsDatesAndNothingStored(string language, string command, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);

        var reply = await _bot.SayAsync(anna, command);
        await _bot.SettledAsync();

        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.ReplyMarkup);
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Anna));
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Theory]
    [InlineData("en", "2025-W02", "The week of 6–12 January 2025 was 98 weeks ago. Open the check-in for that week?", "Yes, open it", "No, don't open")]
    [InlineData("ru", "2025-W02", "Неделя 6–12 января 2025 была 98 недель назад. Открыть опрос за эту неделю?", "Да, открыть", "Нет, не открывать")]
    [InlineData("ru", "1999-W01", "Неделя 4–10 января 1999 была 1455 недель назад. Открыть опрос за эту неделю?", "Да, открыть", "Нет, не открывать")]
    [InlineData("en", "2025-W47", "The week of 17–23 November 2025 was 53 weeks ago. Open the check-in for that week?", "Yes, open it", "No, don't open")]
    [InlineData("ru", "2025-W01", "Неделя 30 декабря 2024 – 5 января 2025 была 99 недель назад. Открыть опрос за эту неделю?", "Да, открыть", "Нет, не открывать")]
    public async Task CheckIn_WeekMoreThanAYearBack_AsksFirstWithItsDatesAndOpensNothing(string language, string week, string expected, string yes, string no)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);

        var reply = await _bot.SayAsync(anna, "/checkin " + week);
        await _bot.SettledAsync();

        Assert.Equal(expected, reply.Text);
        Assert.Equal([yes, no], reply.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Anna));
        Assert.Single(_bot.Driver.BotMessages(anna.Id), m => m.MessageId >= reply.MessageId);
    }

    [Theory]
    [InlineData("en", "Yes, open it", "Check-in for the week of 6–12 January 2025 opened.", "Leads (1 of 4) · for 6–12 January 2025")]
    [InlineData("ru", "Да, открыть", "Опрос за неделю 6–12 января 2025 открыт.", "Лиды (1 из 4) · за 6–12 января 2025")]
    public async Task CheckIn_FarWeekConfirmed_OpensForThatWeekAndItsQuestionsNameIt(string language, string yes, string opened, string header)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);
        var confirmation = await _bot.SayAsync(anna, "/checkin 2025-W02");

        var answered = await _bot.PressAsync(anna, yes);
        var question = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("\n\n" + header, StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SayAsync(anna, "7");
        await _bot.SettledAsync();

        Assert.Equal(confirmation.MessageId, answered.MessageId);
        Assert.Equal(opened, answered.Text);
        Assert.Null(answered.ReplyMarkup);
        Assert.True(question.MessageId > confirmation.MessageId);
        Assert.Equal(FarWeek, _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Week);
        Assert.Equal(7m, _bot.Service<WeeklyValueStore>().Get("leads", FarWeek));
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 48)));
    }

    [Theory]
    [InlineData("en", "No, don't open", "Nothing opened: the check-in for the week of 6–12 January 2025 stays closed.")]
    [InlineData("ru", "Нет, не открывать", "Опрос за неделю 6–12 января 2025 не открыт, ничего не изменено.")]
    public async Task CheckIn_FarWeekDeclined_OpensNothingAndTheButtonsGo(string language, string no, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);
        var confirmation = await _bot.SayAsync(anna, "/checkin 2025-W02");
        var yesData = confirmation.ReplyMarkup!.Buttons.First().CallbackData!;

        var answered = await _bot.PressAsync(anna, no);
        var late = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, confirmation.MessageId, yesData, force: true);
        var lateAnswer = await _bot.Driver.WaitForCallbackAnswerAsync(late, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal((expected, null), (answered.Text, answered.ReplyMarkup));
        Assert.Equal(language == "en" ? Stale : "Эта кнопка уже не действует: разговор закончен. Ничего не изменено.", lateAnswer.Text);
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Anna));
        Assert.Null(_bot.Service<PendingEditStore>().Find(yesData.Split(':')[2]));
        Assert.Equal(confirmation.MessageId, _bot.Driver.Messages(anna.Id)[^1].MessageId);
    }

    [Fact]
    public async Task CheckIn_FiftyTwoWeeksBack_OpensAtOnce()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var question = await _bot.SayAsync(anna, "/checkin 2025-W48");

        // One message: the intro above the first question.
        Assert.StartsWith("Check-in for the week of 24–30 November 2025", question.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nLeads (1 of 4) · for 24–30 November 2025", question.Text, StringComparison.Ordinal);
        Assert.Equal(new IsoWeek(2025, 48), _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Week);
    }

    [Theory]
    [InlineData("en", "Leads for the week of 6–12 January 2025: — → 5. That week was 98 weeks ago.\nStore the value for it?")]
    [InlineData("ru", "Лиды за неделю 6–12 января 2025: — → 5. Эта неделя была 98 недель назад.\nСохранить значение за неё?")]
    public async Task Edit_WeekMoreThanAYearBack_AsksFirstAndStoresNothing(string language, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);

        var reply = await _bot.SayAsync(anna, "/edit leads 2025-W02 5");
        await _bot.SettledAsync();

        Assert.Equal(expected, reply.Text);
        Assert.Equal(2, reply.ReplyMarkup!.Buttons.Count());
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Edit_FarWeekConfirmed_StoresTheValueMarkedLate()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/edit leads 2025-W02 5");

        var done = await _bot.PressAsync(anna, "Yes, store it");
        await _bot.SettledAsync();

        Assert.Equal("Leads for 6–12 January 2025: — → 5.\nMarked as a late entry.", done.Text);
        Assert.Equal(5m, _bot.Service<WeeklyValueStore>().Get("leads", FarWeek));
        Assert.Equal(1, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Edit_FarWeekDeclined_StoresNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Анна", "ru");
        await _bot.SayAsync(anna, "/edit leads 2025-W02 5");

        var kept = await _bot.PressAsync(anna, "Нет, оставить");
        await _bot.SettledAsync();

        Assert.Equal("Ничего не изменено: Лиды за неделю 6–12 января 2025 — по-прежнему —.", kept.Text);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Edit_FarWeekAndAbsurdValue_OneConfirmationSaysBoth()
    {
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2025, 1), 40m), author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/edit leads 2025-W02 5000");
        await _bot.SettledAsync();

        Assert.Equal(
            "Leads for the week of 6–12 January 2025: — → 5,000. That week was 98 weeks ago.\n"
            + "Leads = 5,000 is more than 10 times both the plan and the highest of the last 13 weeks. Store it anyway?",
            reply.Text);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Theory]
    [InlineData("/edit leads 2025-W02 abc", "“abc” is not a number.")]
    [InlineData("/edit leads 2025-W02 1.5", "“1.5”: Leads is counted in whole numbers.")]
    public async Task Edit_FarWeekWithABadValue_RefusesTheValueWithoutAsking(string command, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, command);
        await _bot.SettledAsync();

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.ReplyMarkup);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Edit_FiftyTwoWeeksBack_StoredAtOnce()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/edit leads 2025-W48 5");

        Assert.Equal("Leads for 24–30 November 2025: — → 5.\nMarked as a late entry.", reply.Text);
        Assert.Equal(5m, _bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2025, 48)));
    }

    [Fact]
    public async Task FarCheckInConfirmation_PressedBySomeoneElse_StaleAndNothingOpened()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var confirmation = await _bot.SayAsync(anna, "/checkin 2025-W02");
        var yes = confirmation.ReplyMarkup!.Buttons.First().CallbackData!;

        var query = await _bot.Driver.PressButtonAsync(maria.Id, anna.Id, confirmation.MessageId, yes, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = _bot.Driver.Messages(anna.Id).Single(m => m.MessageId == confirmation.MessageId);
        Assert.Equal((confirmation.Text, 0), (now.Text, now.EditCount));
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Anna));
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Manager));
        Assert.NotNull(_bot.Service<PendingEditStore>().Find(yes.Split(':')[2]));
    }

    [Fact]
    public async Task ConfiguredLimit_FourWeeks_AFifthWeekBackAsksAndAFourthOpens()
    {
        var configuration = TestTeam.Configuration();
        configuration["Team"]!["CheckIns"] = new System.Text.Json.Nodes.JsonObject { ["ConfirmOlderThanWeeks"] = 4 };
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var asked = await bot.SayAsync(anna, "/checkin 2026-W43");
        var edit = await bot.SayAsync(anna, "/edit leads 2026-W43 5");
        var opened = await bot.SayAsync(anna, "/checkin 2026-W44");

        Assert.Equal("The week of 19–25 October 2026 was 5 weeks ago. Open the check-in for that week?", asked.Text);
        Assert.StartsWith("Leads for the week of 19–25 October 2026: — → 5. That week was 5 weeks ago.", edit.Text, StringComparison.Ordinal);
        Assert.StartsWith("Check-in for the week of 26 October – 1 November", opened.Text, StringComparison.Ordinal);
        Assert.Equal(new IsoWeek(2026, 44), bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Week);
        Assert.Equal(0, bot.Service<WeeklyValueStore>().Count());
    }
}
