using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Reasons;

/// <summary>/reasons over prepared deviation records; "now" is 2026-11-27 (week 2026-W48, quarter 2026-Q4).</summary>
public sealed class ReasonsCommandTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var store = _bot.Service<DeviationStore>();
        Record(store, "leads", new IsoWeek(2026, 41), -4m, "call_plan_missed", "budget_off");  // October
        Record(store, "leads", new IsoWeek(2026, 46), -2m, "call_plan_missed");
        Record(store, "calls", new IsoWeek(2026, 46), -10m, "call_plan_missed");
        Record(store, "qualified", new IsoWeek(2026, 47), -3m, "late_contact", Cause.OtherCode);
        store.Update("qualified", new IsoWeek(2026, 47), d => d.OtherText = "CRM <down> & slow");
        Record(store, "leads", new IsoWeek(2026, 48), 5m, "new_campaign");
        Record(store, "leads", new IsoWeek(2026, 30), -7m, "mailing_not_sent"); // Q3: outside the default period
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Reasons_Default_CurrentQuarterBiggestFirstWithSharesMetricsAndNetDeviation()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/reasons");

        Assert.Equal(
            "Causes of deviations · Q4 2026\nMentions: 7 · answers: 5 · most frequent first\n"
            + "1. Call plan missed (conversations per day) — 3 (43%)\n    Leads ×2 (−6), Calls held ×1 (−10)\n"
            + "2. Budget short, or spent with poor results — 1 (14%)\n    Leads ×1 (−4)\n"
            + "3. Client not contacted in time — 1 (14%)\n    Qualified leads ×1 (−3)\n"
            + "4. New campaign — 1 (14%)\n    Leads ×1 (+5)\n"
            + "5. Other — 1 (14%)\n    Qualified leads ×1 (−3)\n    “CRM <down> & slow”",
            reply.Text);
        Assert.Contains("“CRM &lt;down&gt; &amp; slow”", reply.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11", "Causes of deviations · November 2026\nMentions: 5 · answers: 4")]
    [InlineData("2026-10", "Causes of deviations · October 2026\nMentions: 2 · answers: 1")]
    [InlineData("2026", "Causes of deviations · 2026\nMentions: 8 · answers: 6")]
    [InlineData("2026-Q3", "1. Mailing not sent — 1 (100%)")]
    [InlineData("2025-Q4", "No causes were recorded for Q4 2025.")]
    [InlineData("soon", "I don't understand «soon». Try /reasons, /reasons 2026-Q4, /reasons 2026-11 or /reasons 2026.")]
    public async Task Reasons_Period_CountsOnlyItsWeeks(string period, string expected)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/reasons " + period);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reasons_RussianMember_NamesFromTheCatalogueInRussian()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");

        var reply = await _bot.SayAsync(ivan, "/reasons 2026-11");

        Assert.Contains("1. Не выполнен план звонков (разговоров в день) — 2 (40", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Проведённые звонки ×1 (−10), Лиды ×1 (−2)", reply.Text, StringComparison.Ordinal);
    }

    private static void Record(DeviationStore store, string metric, IsoWeek week, decimal deviation, params string[] causes) =>
        store.Update(metric, week, d =>
        {
            d.Kind = deviation < 0 ? Domain.Scorecard.DeviationKind.Negative : Domain.Scorecard.DeviationKind.Positive;
            d.Causes = [.. causes];
            d.Deviation = deviation;
            d.ReportedBy = "anna";
        });
}
