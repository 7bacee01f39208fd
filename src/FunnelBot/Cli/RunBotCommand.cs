using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.SandboxMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Cli;

/// <summary>
/// What runs when no command is given: the bot, talking to Telegram (or to <c>Telegram:ApiBaseUrl</c>) when a token is
/// configured. Without a token it starts the sandbox instead (the emulator, its web page and a demo team), but only
/// when neither its own file (<c>--db</c>, else <c>data/sandbox.db</c>) nor <c>Storage:Path</c> is an existing
/// database other than a sandbox one: then it stops with exit 2, naming <c>Telegram:Token</c>.
/// </summary>
public static class RunBotCommand
{
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var sources = context.Sources(parse);
        var probe = new ConfigurationBuilder();
        (sources with { DatabasePath = null }).AddTo(probe);
        var configured = probe.Build();
        if (string.IsNullOrWhiteSpace(configured[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]))
        {
            NoTokenStartCheck.ThrowIfStoragePathIsNotSandbox(configured);
            return await SandboxCommand.RunAsync(
                context, parse, SandboxSettings.DefaultPort, reset: false, SandboxLaunch.WithoutToken, cancellationToken);
        }

        using var host = BotHostBuilder.Create(sources, context.Time).Build();
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidConfigurationException([.. exception.Failures]);
        }

        return ExitCodes.Success;
    }
}
