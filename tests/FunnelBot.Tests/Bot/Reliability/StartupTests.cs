using FunnelBot.Cli;
using FunnelBot.Lifetime;
using FunnelBot.Tests.Bot.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>Start-up fails fast on what retrying cannot fix, and the Logging section of the settings is obeyed.</summary>
public sealed class StartupTests
{
    private const string WrongToken = "999999:wrong-secret-never-printed";

    [Fact]
    public async Task Start_WrongToken_StopsWithExit2NamingTheSettingWithoutTheToken()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.StopBotAsync();
        var logs = new CapturedLogs();
        using var host = bot.CreateBotBuilder(logs, new Dictionary<string, string> { ["FUNNELBOT_Telegram__Token"] = WrongToken }).Build();

        await host.StartAsync();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Eventually.TrueAsync(() => stopping.IsCancellationRequested, BotTestHost.Timeout);
        await host.StopAsync();

        Assert.Equal(FatalExitCodes.Setup, host.Services.GetRequiredService<FatalStop>().ExitCode);
        Assert.Contains(logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal) && line.Contains("Telegram:Token", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("wrong-secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_TeamChatMissingOrBotRemoved_StopsWithExit2NamingTheSetting(bool removed)
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.StopBotAsync();
        var chatId = -1_009_876_543_210L;
        if (removed)
        {
            var group = bot.Driver.CreateGroup("Old team group", supergroup: true, id: chatId);
            var someone = bot.Driver.CreateUser("Petr", "petr", "en");
            await bot.Driver.RemoveBotFromChatAsync(group.Id, someone.Id);
        }

        var logs = new CapturedLogs();
        using var host = bot.CreateBotBuilder(logs, new Dictionary<string, string> { ["FUNNELBOT_Team__ChannelChatId"] = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();

        await host.StartAsync();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Eventually.TrueAsync(() => stopping.IsCancellationRequested, BotTestHost.Timeout);
        await host.StopAsync();

        Assert.Equal(FatalExitCodes.Setup, host.Services.GetRequiredService<FatalStop>().ExitCode);
        var critical = Assert.Single(logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains($"Team:ChannelChatId: the bot cannot reach the chat {chatId} ({(removed ? 403 : 400)}", critical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_WrongToken_Exit2AndTheErrorNamesTheSettingWithoutTheToken()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.StopBotAsync();
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string>
        {
            ["FUNNELBOT_Telegram__Token"] = WrongToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = bot.Emulator.BaseUrl.ToString(),
        };

        var exitCode = await FunnelBotCli.RunAsync(
                ["--config", bot.ConfigPath, "--db", bot.DatabasePath], output, error, new FakeTimeProvider(bot.Time.GetUtcNow()), environment)
            .WaitAsync(BotTestHost.Timeout);

        Assert.True(exitCode == ExitCodes.UserError, error.ToString());
        Assert.Contains("Telegram:Token", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.ToString() + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FunnelBotLogLevelWarning_HidesItsInformationLines()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.StopBotAsync();
        var logs = new CapturedLogs();
        using var host = bot.CreateBotBuilder(logs, new Dictionary<string, string> { ["FUNNELBOT_Logging__LogLevel__FunnelBot"] = "Warning" }).Build();

        await host.StartAsync();
        await bot.Driver.WaitForPollingAsync(BotTestHost.Timeout);
        await host.StopAsync();

        // The first start (default levels) logged its connection; this one, at Warning for FunnelBot, did not.
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Connected to the Bot API", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Information FunnelBot", StringComparison.Ordinal));
    }
}
