using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// <c>/edit</c> of an absurd value asks the check-in's confirmation (more than 10 times both the week's plan and the
/// highest of the 13 weeks before) instead of storing it; Yes stores it with history, No stores nothing.
/// </summary>
public sealed class EditConfirmationTests : IAsyncLifetime
{
    private static readonly IsoWeek W47 = new(2026, 47);
    private BotTestHost _bot = null!;
    private SandboxUser _anna = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        _anna = await _bot.JoinAsync("anna_ads", "Anna");

        // 40 leads planned for November (4 weeks): 10 a week; the highest of the weeks before W47 is 12.
        _bot.Service<PlanStore>().SetAll([PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m)], ChangeAuthor.Cli);
        _bot.Service<WeeklyValueStore>().SetAll(
            [new WeeklyValue("leads", new IsoWeek(2026, 44), 9m), new WeeklyValue("leads", new IsoWeek(2026, 45), 12m), new WeeklyValue("leads", new IsoWeek(2026, 46), 11m)],
            ChangeAuthor.Cli);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    [Fact]
    public async Task Edit_AbsurdValue_ConfirmedAsTheCheckInDoes_StoredOnYes()
    {
        var asked = await _bot.SayAsync(_anna, "/edit leads 2026-W47 1200");

        Assert.Equal(
            "Leads for 16–22 November 2026: — → 1,200.\nLeads = 1,200 is more than 10 times both the plan and the highest of the last 13 weeks. Store it anyway?",
            asked.Text);
        Assert.Equal(["Yes, store it", "No, keep it"], asked.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(Values.Get("leads", W47));

        var stored = await _bot.PressAsync(_anna, "Yes, store it");

        Assert.Equal(asked.MessageId, stored.MessageId);
        Assert.Equal("Leads for 16–22 November 2026: — → 1,200.\nMarked as a late entry.", stored.Text);
        Assert.Null(stored.ReplyMarkup);
        Assert.Equal(1200m, Values.Get("leads", W47));
        var history = Assert.Single(Values.History("leads", W47));
        Assert.Equal(("anna", ChangeSource.Chat, (decimal?)null, (decimal?)1200m), (history.Who, history.Source, history.OldValue, history.NewValue));
    }

    [Fact]
    public async Task Edit_AbsurdValue_No_NothingStored()
    {
        await _bot.SayAsync(_anna, "/edit leads 2026-W47 1200");

        var kept = await _bot.PressAsync(_anna, "No, keep it");

        Assert.Equal("Nothing changed: Leads for 16–22 November 2026 stays —.", kept.Text);
        Assert.Null(kept.ReplyMarkup);
        Assert.Null(Values.Get("leads", W47));
        Assert.Empty(Values.History("leads", W47));
    }

    [Fact]
    public async Task Edit_AbsurdValue_ChangedBeforeYes_NothingStoredAndTheCurrentValueShown()
    {
        await _bot.SayAsync(_anna, "/edit leads 2026-W47 1200");
        Values.Set(new WeeklyValue("leads", W47, 13m), ChangeAuthor.Cli);

        var refused = await _bot.PressAsync(_anna, "Yes, store it");

        Assert.Equal("Nothing changed: Leads for 16–22 November 2026 was changed meanwhile and is now 13. Send /edit again if needed.", refused.Text);
        Assert.Equal(13m, Values.Get("leads", W47));
    }

    [Fact]
    public async Task Edit_PlausibleValue_StoredAtOnce()
    {
        var reply = await _bot.SayAsync(_anna, "/edit leads 2026-W47 100");

        Assert.Equal("Leads for 16–22 November 2026: — → 100.\nMarked as a late entry.", reply.Text);
        Assert.Null(reply.ReplyMarkup);
        Assert.Equal(100m, Values.Get("leads", W47));
    }

    [Fact]
    public async Task Edit_PercentSignForACount_RefusedNothingStored()
    {
        var reply = await _bot.SayAsync(_anna, "/edit leads 2026-W47 12%");

        Assert.Equal("“12%”: Leads is not a percentage, type it without “%”.\nExpected: a whole number ≥ 0, for example 12.", reply.Text);
        Assert.Null(Values.Get("leads", W47));
    }
}
