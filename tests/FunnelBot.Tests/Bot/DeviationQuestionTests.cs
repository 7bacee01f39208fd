using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// Which weeks are worth the question "why" and how it is worded (docs/scorecard.md, "Deviations worth a question"):
/// yellow only where configured, and a lower-is-better metric under plan is "better than plan".
/// </summary>
public sealed class DeviationQuestionTests
{
    private static readonly IsoWeek Week = new(2026, 48);

    [Fact]
    public async Task YellowWeek_NotAskedByDefault_AskedWhereTheMetricSaysSo()
    {
        await using var plain = await StartAsync(TestTeam.Configuration());
        var next = await plain.Bot.SayAsync(plain.Anna, "9");

        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        Assert.Null(plain.Bot.Service<DeviationStore>().Find("leads", Week));

        var configuration = TestTeam.Configuration();
        configuration["Metrics"]![0]!["AskWhyOnYellow"] = true;
        await using var asking = await StartAsync(configuration);
        var why = await asking.Bot.SayAsync(asking.Anna, "9");

        Assert.Contains("Why is Leads below plan: 9 against 10 (90%)?", why.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LowerIsBetter_WellUnderPlan_AskedWhatHelpedAsBetterThanPlan()
    {
        var configuration = TestTeam.Configuration();
        configuration["Metrics"]!.AsArray().Insert(0, TestTeam.Metric("complaints", "Complaints", "Жалобы", "contact", "other", "count", "lower", TestTeam.Anna));
        await using var session = await StartAsync(configuration, "Complaints (1 of 5)", "complaints");

        var why = await session.Bot.SayAsync(session.Anna, "5");

        // 5 complaints against 10: plan / actual = 200 %, a good week, told as better than plan, not "above".
        Assert.Contains("Complaints is well better than plan: 5 against 10 (200%)", why.Text, StringComparison.Ordinal);
    }

    /// <summary>The bot on <paramref name="configuration"/> with leads (and <paramref name="alsoPlanned"/>) planned at 10 a week, Anna in her check-in.</summary>
    private static async Task<Session> StartAsync(JsonObject configuration, string firstQuestion = "Leads (1 of 4)", string? alsoPlanned = null)
    {
        var bot = await BotTestHost.StartAsync(configuration);
        foreach (var metric in alsoPlanned is null ? ["leads"] : new[] { "leads", alsoPlanned })
        {
            bot.Service<PlanStore>().Set(PlanEntry.ForMonth(metric, new YearMonth(2026, 11), 40m), new ChangeAuthor("test", ChangeSource.Cli));
        }

        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/checkin");
        await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains(firstQuestion, StringComparison.Ordinal) == true, BotTestHost.Timeout);
        return new Session(bot, anna);
    }

    private sealed record Session(BotTestHost Bot, FunnelBot.Sandbox.State.SandboxUser Anna) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Bot.DisposeAsync();
    }
}
