using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Worked;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Worked;

/// <summary>"What worked" as written: every outcome with before → after, counts that say only what is known.</summary>
public sealed class WorkedRendererTests : IDisposable
{
    private readonly TestServices _services = TestServices.Build();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Full_EveryOutcome_WithAttainmentsBeforeAndAfterAndMissingAsNotEnoughData()
    {
        var store = _services.Service<CountermeasureFollowUpStore>();
        Follow(store, 1, "Raise bids", "click_plan_missed", new CountermeasureVerdict(CountermeasureResult.Improved, 0.6m, 0.857m, 4, 1, 4));
        Follow(store, 2, "New banners", "click_plan_missed", new CountermeasureVerdict(CountermeasureResult.NoChange, 0.7m, 0.72m, 4, 0, 4));
        Follow(store, 3, "Resend", "click_plan_missed", new CountermeasureVerdict(CountermeasureResult.NotEnoughData, 0.7m, 1.2m, 1, 1, 4));
        Follow(store, 4, "Fix tracking", "click_plan_missed", null);
        Follow(store, 5, "Call back", "late_contact", new CountermeasureVerdict(CountermeasureResult.NotEnoughData, null, null, 0, 0, 4));

        var text = Render(BotTexts.English);

        Assert.Contains(
            "Click plan missed — helped 1 of 2, still followed: 1\n"
            + "    #1 Raise bids — Leads: improved (60% → 85%)\n"
            + "    #4 Fix tracking — Leads: followed until 20 December\n"
            + "    #2 New banners — Leads: no change (70% → 72%)\n"
            + "    #3 Resend — Leads: not enough data (figures for 1 of 4 weeks)\n"
            + "Client not contacted in time — no verdict yet: not enough data\n"
            + "    #5 Call back — Leads: not enough data (figures for 0 of 4 weeks)",
            text, StringComparison.Ordinal);
        Assert.Contains("Не выполнен план по кликам — помогло: 1 из 2, ещё отслеживаю: 1", Render(BotTexts.Russian), StringComparison.Ordinal);
        var (before, after) = (MetricValueText.Attainment(0.6m, BotTexts.Russian), MetricValueText.Attainment(0.857m, BotTexts.Russian));
        Assert.Contains($"#1 Raise bids — Лиды: стало лучше ({before} → {after})", Render(BotTexts.Russian), StringComparison.Ordinal);
        Assert.Equal("85 %", after.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Fact]
    public void Summary_NothingFollowedNorFinished_Empty()
    {
        var facts = _services.Service<WorkedData>().Of(ReasonsPeriod.OfYear(2026));

        Assert.Equal(string.Empty, _services.Service<WorkedRenderer>().Summary(facts, BotTexts.English));
        Assert.Contains("No countermeasure followed yet: a task set at check-in is followed for 4 weeks after it is closed.", Render(BotTexts.English), StringComparison.Ordinal);
    }

    private string Render(System.Globalization.CultureInfo culture) =>
        _services.Service<WorkedRenderer>().Full(_services.Service<WorkedData>().Of(ReasonsPeriod.OfYear(2026)), "2026", 4, culture);

    private static void Follow(CountermeasureFollowUpStore store, int task, string title, string cause, CountermeasureVerdict? verdict)
    {
        store.Start(new NewFollowUp(
            task, title, "anna", "leads", new IsoWeek(2026, 45), [cause], null, new DateOnly(2026, 11, 20), "anna",
            [new IsoWeek(2026, 48), new IsoWeek(2026, 49), new IsoWeek(2026, 50), new IsoWeek(2026, 51)]));
        if (verdict is not null)
        {
            store.Decide(task, verdict);
        }
    }
}
