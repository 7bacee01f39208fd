using FunnelBot.Lifetime;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.Tests.Bot.Support;
using LiteDB;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>A write that fails: the update it carried is neither confirmed unstored nor answered as if it was stored.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task Poll_StoringTheUpdatesFailsOnce_TheyAreFetchedAgainAndAnsweredOnce()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SettledAsync();
        var database = bot.Service<FunnelDatabase>();
        database.Faults.FailCommit(new LiteException(LiteException.LOCK_TIMEOUT, "injected: the inbox write timed out"));

        var before = bot.LastMessageId(anna.Id);
        var reply = await bot.SayAsync(anna, "/status");
        await bot.SettledAsync();

        Assert.Equal(1, database.Faults.HitCount);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Polling failed", StringComparison.Ordinal) && line.Contains("injected", StringComparison.Ordinal));
        Assert.Single(bot.Driver.BotMessages(anna.Id), m => m.MessageId > before);
        Assert.Contains("23–29 November", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_DiskFull_NoReplyTheUpdateWaitsTheBotStopsWithExit3AndAfterRestartAnswersOnce()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SettledAsync();
        var database = bot.Service<FunnelDatabase>();
        var stopping = bot.Service<IHostApplicationLifetime>().ApplicationStopping;

        // The inbox write goes through; the commit of the update's handling hits a full disk.
        database.Faults.FailCommit(new IOException("No space left on device", 28), commitsToLetThrough: 1);
        var before = bot.LastMessageId(anna.Id);
        var sent = await bot.Driver.SendTextAsync(anna.Id, "/status");
        await Eventually.TrueAsync(() => stopping.IsCancellationRequested, BotTestHost.Timeout);

        Assert.Equal(1, database.Faults.HitCount);
        Assert.Equal(FatalExitCodes.Storage, bot.Service<FatalStop>().ExitCode);
        var critical = Assert.Single(bot.Logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains(database.Path, critical, StringComparison.Ordinal);
        Assert.Contains("full", critical, StringComparison.Ordinal);
        Assert.Contains(bot.Service<UpdateInboxStore>().Pending(), update => update.Json.Contains("/status", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Driver.BotMessages(anna.Id), m => m.MessageId > before);

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > sent.MessageId, BotTestHost.Timeout);
        await bot.SettledAsync();

        Assert.Contains("23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.Single(bot.Driver.BotMessages(anna.Id), m => m.MessageId > before);
    }
}
