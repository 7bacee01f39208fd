using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Lifetime;
using FunnelBot.SandboxMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Cli;

/// <summary>
/// What runs when no command is given: the bot, talking to Telegram (or to <c>Telegram:ApiBaseUrl</c>) when a token is
/// configured; it ends with the exit code of a fatal stop (2: fix the setup, 3: the database cannot be written).
/// Without a token it starts the sandbox instead (the emulator, its web page and a demo team).
/// </summary>
public static class RunBotCommand
{
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var sources = context.Sources(parse);
        var probe = new ConfigurationBuilder();
        sources.AddTo(probe);
        if (string.IsNullOrWhiteSpace(probe.Build()[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]))
        {
            return await SandboxCommand.RunAsync(context, parse, SandboxSettings.DefaultPort, reset: false, cancellationToken);
        }

        using var host = BotHostBuilder.Create(sources, context.Time).Build();
        var fatal = host.Services.GetRequiredService<FatalStop>();
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidConfigurationException([.. exception.Failures]);
        }

        if (fatal.ExitCode is { } code)
        {
            await context.Error.WriteLineAsync(fatal.Message);
            return code;
        }

        return ExitCodes.Success;
    }
}
