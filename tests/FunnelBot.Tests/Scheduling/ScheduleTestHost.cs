using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// The real bot host against the emulator with a team channel: the bot starts once to create the emulator, the channel
/// is created, and the bot restarts with the channel in its configuration (Moscow, English, channel id set).
/// "Now" is Monday 2026-11-30 07:00 UTC (10:00 in Moscow: before the 11:00 digest) unless given.
/// </summary>
public static class ScheduleTestHost
{
    public static readonly DateTimeOffset MondayBeforeDigest = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    public static async Task<(BotTestHost Bot, SandboxChat Channel)> StartWithChannelAsync(
        DateTimeOffset? now = null, Action<JsonObject>? configure = null)
    {
        var bot = await BotTestHost.StartAsync(DisabledSchedule(TestTeam.Configuration()), now ?? MondayBeforeDigest);
        var channel = bot.Driver.CreateChannel("Team channel");
        var configuration = TestTeam.Configuration(channelChatId: channel.Id);
        configure?.Invoke(configuration);
        await bot.StopBotAsync();
        await File.WriteAllTextAsync(Path.Combine(bot.Folder, "funnelbot.json"), configuration.ToJsonString());
        await bot.StartBotAsync();
        return (bot, channel);
    }

    /// <summary>Every job switched off (for the first start, before the channel exists).</summary>
    public static JsonObject DisabledSchedule(JsonObject configuration)
    {
        foreach (var job in configuration["Schedule"]!["Jobs"]!.AsObject().Where(p => p.Value is JsonObject).ToList())
        {
            job.Value!["Enabled"] = false;
        }

        return configuration;
    }

    /// <summary>Plans for November 2026 (4 weeks) and a few values: leads off plan in W46..W48, calls green in W48.</summary>
    public static void SeedNovember(IServiceProvider services)
    {
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        var plans = services.GetRequiredService<PlanStore>();
        var values = services.GetRequiredService<WeeklyValueStore>();
        var november = new YearMonth(2026, 11);
        plans.Set(PlanEntry.ForMonth("leads", november, 40m), author);
        plans.Set(PlanEntry.ForMonth("qualified", november, 20m), author);
        plans.Set(PlanEntry.ForMonth("calls", november, 200m), author);
        plans.Set(PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.4m), author);
        foreach (var (week, leads, qualified) in new[] { (45, 10m, 5m), (46, 7m, 2m), (47, 8m, 2m), (48, 6m, 3m) })
        {
            values.Set(new WeeklyValue("leads", new IsoWeek(2026, week), leads), author);
            values.Set(new WeeklyValue("qualified", new IsoWeek(2026, week), qualified), author);
        }

        values.Set(new WeeklyValue("calls", new IsoWeek(2026, 48), 55m), author);
        values.Set(new WeeklyValue("leads", new IsoWeek(2025, 48), 10m), author);
    }
}
