using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plausibility;

/// <summary>
/// A value that breaks a funnel rule (the test team's: qualified leads at most the leads, from its qualification rate) is
/// not refused: the check-in and <c>/edit</c> ask to confirm it, naming the other metric and its value; "Correct it"
/// goes back to the value, "Yes, that's right" stores it marked as confirmed.
/// </summary>
public sealed class FunnelCheckInTests : IAsyncLifetime
{
    private static readonly IsoWeek W48 = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();

        // Leads for the week are in already: the check-in starts at ad spend.
        Values.Set(new WeeklyValue("leads", W48, 20m), ChangeAuthor.Cli);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    private async Task<Sandbox.State.SandboxUser> AtQualifiedLeads(string language = "en")
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
        var skip = language == "ru" ? "Пропустить" : "Skip";
        await _bot.PressAsync(anna, skip);
        await _bot.PressAsync(anna, skip);
        return anna;
    }

    [Fact]
    public async Task CheckIn_MoreQualifiedThanLeads_AsksToConfirm_CorrectItGoesBack_YesStoresItMarked()
    {
        var anna = await AtQualifiedLeads();

        var asked = await _bot.SayAsync(anna, "25");

        Assert.Contains(
            "Qualified leads: 25 does not fit the funnel:\n• Qualified leads: 25 is more than Leads: 20\nIs it right? Then it is stored and marked in the digest.",
            asked.Text, StringComparison.Ordinal);
        Assert.Equal(["Yes, that's right", "Correct it"], asked.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(Values.Get("qualified", W48));

        var again = await _bot.PressAsync(anna, "Correct it");
        Assert.Equal(asked.MessageId, again.MessageId);
        Assert.Contains("Qualified leads (4 of 4)", again.Text, StringComparison.Ordinal);
        Assert.Null(Values.Get("qualified", W48));

        var fine = await _bot.SayAsync(anna, "18");
        Assert.Contains("Qualified leads: 18", fine.Text, StringComparison.Ordinal);
        Assert.Equal(18m, Values.Get("qualified", W48));
        Assert.False(Values.IsFunnelConfirmed("qualified", W48));

        await _bot.PressAsync(anna, "✏ Qualified leads");
        await _bot.SayAsync(anna, "25");
        var summary = await _bot.PressAsync(anna, "Yes, that's right");

        Assert.Contains("Qualified leads: 25", summary.Text, StringComparison.Ordinal);
        Assert.Equal(25m, Values.Get("qualified", W48));
        Assert.True(Values.IsFunnelConfirmed("qualified", W48));
    }

    [Fact]
    public async Task CheckIn_InRussian_NamesTheOtherMetricAndItsValue()
    {
        var anna = await AtQualifiedLeads("ru");

        var asked = await _bot.SayAsync(anna, "25");

        Assert.Contains(
            "Квалифицированные лиды: 25 — не сходится с воронкой:\n• Квалифицированные лиды: 25 — больше, чем по метрике «Лиды»: 20\nВсё верно? Тогда цифра сохранится с пометкой в сводке.",
            asked.Text, StringComparison.Ordinal);
        Assert.Equal(["Да, верно", "Исправить"], asked.ReplyMarkup!.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task Edit_LeadsBelowTheStoredQualified_AsksToConfirm_YesStoresItMarked()
    {
        Values.Set(new WeeklyValue("qualified", W48, 15m), ChangeAuthor.Cli);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var asked = await _bot.SayAsync(anna, "/edit leads 2026-W48 12");

        Assert.Equal(
            "Leads for 23–29 November 2026: 20 → 12.\nLeads: 12 does not fit the funnel:\n• Qualified leads: 15 is more than Leads: 12\nIs it right? Then it is stored and marked in the digest.",
            asked.Text);
        Assert.Equal(["Yes, that's right", "No, keep it"], asked.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Equal(20m, Values.Get("leads", W48));

        var stored = await _bot.PressAsync(anna, "Yes, that's right");

        Assert.Equal("Leads for 23–29 November 2026: 20 → 12.", stored.Text);
        Assert.Equal(12m, Values.Get("leads", W48));
        Assert.True(Values.IsFunnelConfirmed("leads", W48));
    }

    [Fact]
    public async Task Edit_WithinTheFunnel_StoredAtOnceUnmarked()
    {
        Values.Set(new WeeklyValue("qualified", W48, 15m), ChangeAuthor.Cli);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/edit leads 2026-W48 16");

        Assert.Equal("Leads for 23–29 November 2026: 20 → 16.", reply.Text);
        Assert.False(Values.IsFunnelConfirmed("leads", W48));
    }
}
