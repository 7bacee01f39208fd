using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Cli;

/// <summary>
/// What runs when no command is given: the bot, talking to Telegram (or to <c>Telegram:ApiBaseUrl</c>) when a token is
/// configured. Without a token there is nothing to talk to, and the user is told how to set one.
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
            await context.Error.WriteLineAsync(
                "Telegram.Token: is empty. Set FUNNELBOT_Telegram__Token to your bot's token from @BotFather to run the bot.");
            return ExitCodes.UserError;
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
