using FunnelBot.Domain.Away;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Away;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Away;

/// <summary><c>/away</c> through the emulator: record, list, cancel, who may do what; "now" is Friday 2026-11-27 15:00 Moscow.</summary>
public sealed class AwayCommandTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private AwayStore Absences => _bot.Service<AwayStore>();

    [Fact]
    public async Task Away_OwnAbsence_RecordedListedAndCancelled()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var recorded = await _bot.SayAsync(anna, "/away 21/12/2026 03/01/2027 Ski <trip>");

        Assert.Contains("<b>#1</b> Anna: 21/12/2026 – 03/01/2027 · «Ski &lt;trip&gt;»", recorded.RawText, StringComparison.Ordinal);
        Assert.Contains("Away weeks (Monday to Friday covered): 21 December 2026 – 3 January 2027.", recorded.Text, StringComparison.Ordinal);
        var stored = Assert.Single(Absences.Active());
        Assert.Equal(("anna", "2026-12-21", "2027-01-03", "Ski <trip>", "anna"), (stored.Member, stored.From, stored.To, stored.Note, stored.CreatedBy));
        Assert.True(_bot.Service<IAwayCalendar>().IsAway("anna", new IsoWeek(2026, 53)));
        Assert.False(_bot.Service<IAwayCalendar>().IsAway("anna", new IsoWeek(2027, 1)));

        var list = await _bot.SayAsync(anna, "/away");
        Assert.Contains("#1 Anna: 21/12/2026 – 03/01/2027", list.Text, StringComparison.Ordinal);
        Assert.Equal(["✕ Cancel #1"], list.ReplyMarkup!.Buttons.Select(b => b.Text));

        var cancelled = await _bot.PressAsync(anna, "✕ Cancel #1");
        Assert.Equal(list.MessageId, cancelled.MessageId);
        Assert.Contains("Absence cancelled:", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains("No absences recorded.", cancelled.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Absences.Find(1)!.Cancelled, BotTestHost.Timeout);
        Assert.Equal("anna", Absences.Find(1)!.CancelledBy);
        Assert.False(_bot.Service<IAwayCalendar>().IsAway("anna", new IsoWeek(2026, 53)));

        var again = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, list.MessageId, "aw:c:1", force: true); // a stale copy of the button
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(again, BotTestHost.Timeout);
        Assert.Equal("This button belongs to a finished conversation; nothing was changed.", answer.Text);
        Assert.Single(Absences.All());
    }

    [Fact]
    public async Task Away_PartWeek_SaysPromptsContinue()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");

        var recorded = await _bot.SayAsync(ivan, "/away 01.12.2026 03.12.2026 врач");

        Assert.Contains("Ни одна рабочая неделя (понедельник–пятница) не покрыта целиком", recorded.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Ivan: 01.12.2026 – 03.12.2026 · «врач»", recorded.Text, StringComparison.Ordinal);
        Assert.False(_bot.Service<IAwayCalendar>().IsAway("ivan", new IsoWeek(2026, 49)));
        Assert.True(_bot.Service<IAwayCalendar>().IsAwayOn("ivan", new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public async Task Away_ManagerForMember_StoredAndMemberTold()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var before = _bot.LastMessageId(ivan.Id);

        var reply = await _bot.SayAsync(maria, "/away @ivan_calls 2026-W50 sick leave");

        Assert.Contains("#1 Ivan: 07/12/2026 – 13/12/2026 · «sick leave»", reply.Text, StringComparison.Ordinal);
        var told = await _bot.Driver.WaitForMessageAsync(ivan.Id, before, BotTestHost.Timeout);
        Assert.Contains("Отсутствие записано руководителем (Maria)", told.Text, StringComparison.Ordinal);
        Assert.Contains("7–13 декабря", told.Text, StringComparison.Ordinal);
        var stored = Assert.Single(Absences.Active("ivan"));
        Assert.Equal("maria", stored.CreatedBy);

        var managerList = await _bot.SayAsync(maria, "/away");
        Assert.Contains("#1 Ivan", managerList.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Away_MemberForSomeoneElse_RefusedNothingStored()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/away @ivan 2026-W50");

        Assert.Contains("Only the manager can record an absence for someone else (@ivan)", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Absences.All());
    }

    [Fact]
    public async Task Away_MemberForgesCancelOfAnothersAbsence_StaleAndNothingChanges()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        await _bot.SayAsync(anna, "/away 2026-W50");
        var ivansList = await _bot.SayAsync(ivan, "/away");

        var forged = await _bot.Driver.PressButtonAsync(ivan.Id, ivan.Id, ivansList.MessageId, "aw:c:1", force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(forged, BotTestHost.Timeout);

        Assert.DoesNotContain("#1", ivansList.Text, StringComparison.Ordinal);
        Assert.Equal("Эта кнопка уже не действует: разговор закончен. Ничего не изменено.", answer.Text);
        Assert.False(Absences.Find(1)!.Cancelled);
    }

    [Fact]
    public async Task Away_ManagerCancelsMembersAbsence_CancelledAndMemberTold()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/away 01/12/2026");
        await _bot.SayAsync(maria, "/away");
        var before = _bot.LastMessageId(anna.Id);

        var cancelled = await _bot.PressAsync(maria, "✕ Cancel #1");
        var told = await _bot.Driver.WaitForMessageAsync(anna.Id, before, BotTestHost.Timeout);

        Assert.Contains("Absence cancelled:", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains("Maria cancelled your absence:", told.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Absences.Find(1)!.Cancelled, BotTestHost.Timeout);
        Assert.Equal("maria", Absences.Find(1)!.CancelledBy);
    }

    [Fact]
    public async Task Away_ObserverAndStranger_RefusedNothingStored()
    {
        var sergey = await _bot.JoinAsync("sergey_sales", "Sergey");
        var stranger = _bot.Driver.CreateUser("Eve", "eve", "en");

        var observer = await _bot.SayAsync(sergey, "/away 2026-W50");
        var outsider = await _bot.SayAsync(stranger, "/away 2026-W50");

        Assert.Equal("Observers read /status and the digest but enter nothing.", observer.Text);
        Assert.Contains("this bot serves only its team's members", outsider.Text, StringComparison.Ordinal);
        Assert.Empty(Absences.All());
    }

    [Theory]
    [InlineData("/away tomorrow", "«tomorrow» is neither a date nor a week")]
    [InlineData("/away 2026-12-21 2026-12-20", "The last day is before the first.")]
    [InlineData("/away 2026-12-01 2027-12-31", "An absence can last at most 366 days.")]
    [InlineData("/away 2024-01-01", "That is more than 365 days from today.")]
    [InlineData("/away @nobody 2026-W50", "There is no team member “nobody”. Choose one:")]
    [InlineData("/away @sergey 2026-W50", "Sergey is an observer")]
    public async Task Away_BadInput_SaysWhatIsWrongAndStoresNothing(string text, string expected)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(Absences.All());
    }

    [Fact]
    public async Task Away_OverLongNoteOrOverlap_Refused()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var longNote = await _bot.SayAsync(anna, "/away 2026-W50 " + new string('x', 201));
        await _bot.SayAsync(anna, "/away 2026-W50 vacation");
        var overlap = await _bot.SayAsync(anna, "/away 11/12/2026 15/12/2026");

        Assert.Contains("The note is too long: at most 200 characters.", longNote.Text, StringComparison.Ordinal);
        Assert.Contains("Anna already has an absence on those days:", overlap.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Anna: 07/12/2026 – 13/12/2026", overlap.Text, StringComparison.Ordinal);
        Assert.Single(Absences.All());
    }

    [Fact]
    public async Task Away_Restart_AbsenceKept()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/away 2026-W50 conference");

        await _bot.StopBotAsync();
        await _bot.StartBotAsync();
        var list = await _bot.SayAsync(anna, "/away");

        Assert.Contains("#1 Anna: 07/12/2026 – 13/12/2026 · «conference»", list.Text, StringComparison.Ordinal);
        Assert.True(_bot.Service<IAwayCalendar>().IsAway("anna", new IsoWeek(2026, 50)));
    }

    [Fact]
    public async Task Away_ManyAbsences_ListShowsTheEarliestTwelveWithButtons()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var monday = new DateOnly(2026, 11, 30);
        for (var week = 0; week < AwayRenderer.MaxListed + 1; week++)
        {
            var from = monday.AddDays(7 * week);
            Absences.Create(new NewAbsence("ivan", new AbsencePeriod(from, from.AddDays(4)), new string('n', 200), "maria"));
        }

        var list = await _bot.SayAsync(maria, "/away");

        Assert.Equal(AwayRenderer.MaxListed, list.ReplyMarkup!.Buttons.Count());
        Assert.Contains("…and 1 more later", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#13", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ReporterAndObserver_AwayListedOnlyForTheReporter()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var sergey = await _bot.JoinAsync("sergey_sales", "Sergey");

        var reporter = await _bot.SayAsync(anna, "/help");
        var observer = await _bot.SayAsync(sergey, "/help");

        Assert.Contains("/away — Mark yourself away", reporter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/away", observer.Text, StringComparison.Ordinal);
    }
}
