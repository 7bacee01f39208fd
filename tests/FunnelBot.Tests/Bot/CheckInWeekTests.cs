using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>/checkin without a week asks what the Friday prompt and Monday's reminder ask, and says it as dates.</summary>
public sealed class CheckInWeekTests
{
    /// <summary>Monday 30 November 2026, 12:00 in Moscow: the prompt of Friday 27 November asked for 23–29 November.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckIn_OnMondayWithLastWeekIncomplete_AsksLastWeekAsThePromptDid()
    {
        await using var bot = await BotTestHost.StartAsync(now: Monday);
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var intro = await bot.SayAsync(anna, "/checkin");

        Assert.StartsWith("Check-in for the week of 23–29 November:", intro.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_OnMondayWithLastWeekComplete_AsksTheCurrentWeek()
    {
        await using var bot = await BotTestHost.StartAsync(now: Monday);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var values = bot.Service<WeeklyValueStore>();
        foreach (var metric in new[] { "leads", "ad_spend", "open_rate", "qualified" })
        {
            values.Set(new WeeklyValue(metric, new IsoWeek(2026, 48), 1m), ChangeAuthor.Cli);
        }

        var intro = await bot.SayAsync(anna, "/checkin");

        Assert.StartsWith("Check-in for the week of 30 November – 6 December:", intro.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_OnFridayAfterThePrompt_AsksThisWeek()
    {
        await using var bot = await BotTestHost.StartAsync(now: new DateTimeOffset(2026, 11, 27, 13, 0, 0, TimeSpan.Zero));
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var intro = await bot.SayAsync(anna, "/checkin");

        Assert.StartsWith("Check-in for the week of 23–29 November:", intro.Text, StringComparison.Ordinal);
    }
}
