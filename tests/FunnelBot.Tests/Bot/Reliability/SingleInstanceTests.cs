using FunnelBot.Cli;
using FunnelBot.Lifetime;
using FunnelBot.Tests.Bot.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>One bot per database and per token: a second one stops instead of writing or polling beside the first.</summary>
public sealed class SingleInstanceTests
{
    [Fact]
    public async Task Start_SecondBotOnTheSameDatabase_Exit2NamingTheLockFile()
    {
        await using var bot = await BotTestHost.StartAsync();
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string>
        {
            ["FUNNELBOT_Telegram__Token"] = bot.Emulator.Options.BotToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = bot.Emulator.BaseUrl.ToString(),
        };

        var exitCode = await FunnelBotCli.RunAsync(
                ["--config", bot.ConfigPath, "--db", bot.DatabasePath], output, error, new FakeTimeProvider(bot.Time.GetUtcNow()), environment)
            .WaitAsync(BotTestHost.Timeout);

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Contains(bot.DatabasePath + ".lock", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("another FunnelBot instance", error.ToString(), StringComparison.Ordinal);
        Assert.True(bot.Driver.IsBotPolling);
    }

    [Fact]
    public async Task Start_AfterTheFirstBotStopped_TheLockIsFree()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.StopBotAsync();

        await bot.StartBotAsync();

        Assert.True(File.Exists(bot.DatabasePath + ".lock"));
        Assert.True(bot.Driver.IsBotPolling);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Poll_ConflictsInARow_ThreeStopTheBotWithExit2(int conflicts, bool stops)
    {
        await using var bot = await BotTestHost.StartAsync();
        var user = bot.Driver.CreateUser("Stranger", "stranger", "en");
        var stopping = bot.Service<IHostApplicationLifetime>().ApplicationStopping;

        bot.Emulator.Faults.Conflicts(conflicts);
        await Eventually.TrueAsync(() => bot.Emulator.Faults.InjectedCount(Sandbox.Faults.FaultKind.Conflict) == conflicts, TimeSpan.FromSeconds(30));
        if (stops)
        {
            await Eventually.TrueAsync(() => stopping.IsCancellationRequested, BotTestHost.Timeout);
            Assert.Equal(FatalExitCodes.Setup, bot.Service<FatalStop>().ExitCode);
            var critical = Assert.Single(bot.Logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal));
            Assert.Contains("another instance is polling with the same Telegram:Token", critical, StringComparison.Ordinal);
        }
        else
        {
            // Two conflicts (e.g. the overlap of a restart) are retried: the bot still answers.
            await bot.SayAsync(user, "/start");
            Assert.False(stopping.IsCancellationRequested);
            Assert.Null(bot.Service<FatalStop>().ExitCode);
        }
    }
}
