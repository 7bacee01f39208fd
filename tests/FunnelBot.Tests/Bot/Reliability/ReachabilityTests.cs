using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Members;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>A member who blocked the bot and unblocks it is reachable again.</summary>
public sealed class ReachabilityTests
{
    [Fact]
    public async Task Unblock_MemberWhoBlockedTheBot_ReachableAgainAndAnswered()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var bindings = bot.Service<MemberBindingStore>();
        await bot.Driver.BlockBotAsync(anna.Id);
        bot.Service<CheckInPrompts>().Prompt(new IsoWeek(2026, 48));
        await Eventually.TrueAsync(() => bindings.ForMember(TestTeam.Anna)?.Unreachable == true, BotTestHost.Timeout);

        await bot.Driver.UnblockBotAsync(anna.Id);
        await Eventually.TrueAsync(() => bindings.ForMember(TestTeam.Anna)?.Unreachable == false, BotTestHost.Timeout);
        await bot.SettledAsync(); // nothing from before the unblock is still on its way
        var reply = await bot.SayAsync(anna, "/status");

        Assert.Contains("23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.False(bot.Driver.HasBlockedBot(anna.Id));
    }
}
