using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.AbTests;

/// <summary>
/// A running A/B test fed through the owner's weekly check-in over three weeks on a fake clock (Friday 13 November 2026
/// to Friday 27 November): after the thanks the bot asks for the week's four numbers; the weeks add up to Fisher's
/// tea-tasting table, so the card ends with p = 0.4857.
/// </summary>
public sealed class AbTestCheckInTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Friday = new(2026, 11, 13, 12, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        var configuration = TestTeam.Configuration();
        configuration["AbTests"] = new JsonObject { ["MinimumPerVariant"] = 5, ["MinimumDetectableLift"] = 0.2 };

        // The owner opens each week's check-in with /checkin; the clock jumps a week at a time.
        FunnelBot.Tests.Scheduling.ScheduleTestHost.DisabledSchedule(configuration);
        _bot = await BotTestHost.StartAsync(configuration, Friday);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private AbTestStore Tests => _bot.Service<AbTestStore>();

    [Fact]
    public async Task AbTest_FedThroughThreeCheckIns_CardShowsTheWorkedExample()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/ab new Subject line; leads -> qualified; Old; New");

        var question = await CheckInAsync(anna);
        Assert.Contains("A/B test #1 Subject line: the numbers for", question.Text, StringComparison.Ordinal);
        Assert.Contains("total and conversions of «Old», then of «New»", question.Text, StringComparison.Ordinal);

        var refused = await _bot.SayAsync(anna, "1 2 2 0");
        Assert.Contains("Variant «Old» would convert 2 of 1", refused.Text, StringComparison.Ordinal);
        Assert.Contains("A/B test #1 Subject line: the numbers for", refused.Text, StringComparison.Ordinal);
        Assert.Empty(Tests.Weeks(1));

        var first = await _bot.SayAsync(anna, "1 1 2 0");
        Assert.Contains("Numbers for", first.Text, StringComparison.Ordinal);
        Assert.Equal(new IsoWeek(2026, 46), new IsoWeek(Tests.Weeks(1)[0].IsoYear, Tests.Weeks(1)[0].Week));

        // Once answered, plain text is no answer any more.
        var idle = await _bot.SayAsync(anna, "3 3 3 3");
        Assert.DoesNotContain("Numbers for", idle.Text, StringComparison.Ordinal);
        Assert.Single(Tests.Weeks(1));

        _bot.Time.Advance(TimeSpan.FromDays(7));
        await CheckInAsync(anna);
        await _bot.SayAsync(anna, "2 1 1 1");

        _bot.Time.Advance(TimeSpan.FromDays(7));
        await CheckInAsync(anna);
        var card = await _bot.SayAsync(anna, "1 1 1 0");

        Assert.Equal([46, 47, 48], Tests.Weeks(1).Select(w => w.Week));
        Assert.Contains("A «Old»: 3 of 4 converted, 75%", card.Text, StringComparison.Ordinal);
        Assert.Contains("B «New»: 1 of 4 converted, 25%", card.Text, StringComparison.Ordinal);
        Assert.Contains("Fisher's exact test, two-sided: p = 0.4857", card.Text, StringComparison.Ordinal);
        Assert.Contains("converts better than «Old»: 10.32%", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AbTest_SkippedAtTheCheckIn_NothingStored_NoMoreQuestion()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/ab new Subject line; leads -> qualified; Old; New");
        await CheckInAsync(anna);

        var skipped = await _bot.PressAsync(anna, "Skip");

        Assert.Contains("A/B test #1: skipped for this week", skipped.Text, StringComparison.Ordinal);
        Assert.Null(Tests.Asked("anna"));
        Assert.Empty(Tests.Weeks(1));
    }

    /// <summary>Skips every metric of the check-in, finishes it and returns the A/B question that follows the thanks.</summary>
    private async Task<FunnelBot.Sandbox.State.ChatMessage> CheckInAsync(FunnelBot.Sandbox.State.SandboxUser anna)
    {
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.PressAsync(anna, "Skip");
        await _bot.PressAsync(anna, "Skip");
        await _bot.PressAsync(anna, "Skip");
        var summary = await _bot.PressAsync(anna, "Skip");
        await _bot.PressAsync(anna, "✓ Finish");
        return await _bot.Driver.WaitForMessageAsync(
            anna.Id, m => m.MessageId > summary.MessageId && m.Text?.Contains("A/B test #1", StringComparison.Ordinal) == true, BotTestHost.Timeout);
    }
}
