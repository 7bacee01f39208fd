using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Away;

/// <summary>The offer to set an absent member's plans to 0 for the away weeks, and the manager's answers.</summary>
public sealed class AwayPlanOfferTests : IAsyncLifetime
{
    private static readonly string[] AnnasMetrics = ["ad_spend", "leads", "open_rate", "qualified"];
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanStore Plans => _bot.Service<PlanStore>();

    [Fact]
    public async Task SetToZero_ManagerRecordsForMember_OverridesStoredWithNoteOnce()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        await _bot.SayAsync(maria, "/away @anna 2026-W50 2026-W51 Vacation");
        var offer = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
        Assert.Contains(
            "Anna is away in 7–20 December. Set the plans of Leads, Ad spend, Open rate, Qualified leads for these weeks to 0 with the note «Vacation»?",
            offer.Text, StringComparison.Ordinal);

        var pressed = await _bot.PressAsync(maria, "Set to 0");

        Assert.Equal(offer.MessageId, pressed.MessageId);
        Assert.Contains("Stored: the plans of Leads, Ad spend, Open rate, Qualified leads for 7–20 December are 0", pressed.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Plans.Count() == 8, BotTestHost.Timeout);
        Assert.Equal(
            AnnasMetrics.SelectMany(m => new[] { $"{m}|2026-W50", $"{m}|2026-W51" }),
            Plans.All().Select(p => p.Id));
        Assert.All(Plans.All(), plan => Assert.Equal((PlanKind.WeekOverride, 0m, "Vacation"), (plan.Kind, plan.Value, plan.Note)));
        var history = Assert.Single(Plans.History("leads|2026-W50"));
        Assert.Equal(("maria", ChangeSource.Chat), (history.Who, history.Source));

        var again = await _bot.Driver.PressButtonAsync(maria.Id, maria.Id, offer.MessageId, "aw:z:1", force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(again, BotTestHost.Timeout);
        Assert.Equal("This button belongs to a finished conversation; nothing was changed.", answer.Text);
        Assert.Single(Plans.History("leads|2026-W50"));

        await _bot.SayAsync(anna, "/away");
        var cancelled = await _bot.PressAsync(anna, "✕ Cancel #1");
        Assert.Contains("The week plans set to 0 for it stay. To change one: /plan set <metric> <week> <value>.", cancelled.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _bot.Service<AwayStore>().Find(1)!.Cancelled, BotTestHost.Timeout);
        Assert.Equal(8, Plans.Count());
    }

    [Fact]
    public async Task Offer_MemberRecordsOwn_ManagerAskedPrivately_MemberCannotAnswer_NoKeepsPlans()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var before = _bot.LastMessageId(maria.Id);

        var reply = await _bot.SayAsync(anna, "/away 2026-W50");
        var offer = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.ReplyMarkup is not null, BotTestHost.Timeout);
        Assert.Null(reply.ReplyMarkup);
        Assert.Contains("note «away #1»", offer.Text, StringComparison.Ordinal);

        var forged = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, reply.MessageId, "aw:z:1", force: true);
        var refused = await _bot.Driver.WaitForCallbackAnswerAsync(forged, BotTestHost.Timeout);
        Assert.Equal("This button belongs to a finished conversation; nothing was changed.", refused.Text); // her own message has no such button

        var no = await _bot.PressAsync(maria, "No");

        Assert.Contains("The plans of Leads, Ad spend, Open rate, Qualified leads for 7–13 December stay as they are.", no.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _bot.Service<AwayStore>().Find(1)!.PlanOffer == PlanOfferAnswer.Declined, BotTestHost.Timeout);
        Assert.Equal(0, Plans.Count());
    }

    [Fact]
    public async Task SetToZero_AbsenceCancelledMeanwhile_SaysSoAndStoresNothing()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/away 2026-W50");
        await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
        await _bot.SayAsync(anna, "/away");
        await _bot.PressAsync(anna, "✕ Cancel #1");
        await Eventually.TrueAsync(() => _bot.Service<AwayStore>().Find(1)!.Cancelled, BotTestHost.Timeout);

        var pressed = await _bot.PressAsync(maria, "Set to 0");

        Assert.Equal("Absence #1 was cancelled meanwhile; no plan was changed.", pressed.Text);
        Assert.Equal(0, Plans.Count());
    }

    [Fact]
    public async Task Offer_NoWholeWeekOrNoEnteredMetrics_NotMade()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        await _bot.SayAsync(anna, "/away 01/12/2026 03/12/2026");
        var own = await _bot.SayAsync(maria, "/away 2026-W50"); // Maria owns only a ratio
        var list = await _bot.SayAsync(maria, "/away");

        Assert.Contains("Away weeks", own.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Maria", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Driver.BotMessages(maria.Id), m => m.ReplyMarkup?.Buttons.Any(b => b.Text == "Set to 0") == true);
    }
}
