using System.Text.Json.Nodes;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Charts, digests, exports and group status are limited per person; everything else is not.</summary>
public sealed class CostlyCommandTests
{
    [Fact]
    public async Task Chart_BeyondTheLimitInTheWindow_RefusedWithTheTimeItIsAllowedAgain()
    {
        var configuration = TestTeam.Configuration();
        configuration["Access"] = new JsonObject { ["CostlyCommandsPerWindow"] = 2, ["CostlyCommandsWindow"] = "00:10:00" };
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var maria = await bot.JoinAsync("maria_lead", "Maria");

        var first = await bot.SayAsync(anna, "/chart");
        var second = await bot.SayAsync(anna, "/chart");
        var third = await bot.SayAsync(anna, "/chart");
        var help = await bot.SayAsync(anna, "/help");
        var marias = await bot.SayAsync(maria, "/chart");

        Assert.NotNull(first.Attachment);
        Assert.NotNull(second.Attachment);
        Assert.Null(third.Attachment);

        // 12:00 UTC is 15:00 in Moscow; the first chart leaves the 10-minute window at 15:10.
        Assert.Equal(string.Format(BotTexts.English, BotTexts.Template("limit.costly", BotTexts.English), "chart", "15:10"), third.Text);
        Assert.Contains(BotTexts.Template("help.header", BotTexts.English), help.Text, StringComparison.Ordinal);
        Assert.NotNull(marias.Attachment);

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        var later = await bot.SayAsync(anna, "/chart");
        Assert.NotNull(later.Attachment);
    }

    [Fact]
    public async Task Status_InTheTeamGroupBeyondTheLimit_RefusedThereButNotInPrivate()
    {
        var configuration = TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId);
        configuration["Access"] = new JsonObject { ["CostlyCommandsPerWindow"] = 1 };
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var group = bot.CreateTeamGroup();

        var first = await bot.SayAsync(anna, "/status", group.Id);
        var second = await bot.SayAsync(anna, "/status", group.Id);
        var inPrivate = await bot.SayAsync(anna, "/status");
        var againInPrivate = await bot.SayAsync(anna, "/status");

        Assert.Contains("23–29 November", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Too many /status requests in a short time.", second.Text, StringComparison.Ordinal);
        Assert.Contains("23–29 November", inPrivate.Text, StringComparison.Ordinal);
        Assert.Contains("23–29 November", againInPrivate.Text, StringComparison.Ordinal);
    }
}
