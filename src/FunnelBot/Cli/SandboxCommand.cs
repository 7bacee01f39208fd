using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.SandboxMode;
using Microsoft.AspNetCore.Connections;

namespace FunnelBot.Cli;

/// <summary>
/// <c>sandbox [--port 5080] [--reset]</c>: the whole bot with no token and no internet: the Bot API emulator and its
/// web chat page on 127.0.0.1, a demo team with a year of history, and the real bot talking to the emulator.
/// Also what runs when no token is configured. It runs only on a database it created: any other file is refused (exit 2)
/// and left as it was.
/// </summary>
public static class SandboxCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1 for the emulator and its web page (0 picks a free one).",
            DefaultValueFactory = _ => SandboxSettings.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself.
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is < 0 or > 65535)
            {
                result.AddError("--port: must be 0..65535");
            }
        });
        var reset = new Option<bool>("--reset")
        {
            Description = $"Delete the sandbox database ({SandboxSettings.DefaultDatabasePath}, or --db) and start again from the demo data; only a database the sandbox created is deleted.",
        };
        var command = new Command("sandbox", "Try the whole bot in a browser with a demo team: no token, no internet needed.") { port, reset };
        command.SetAction((parse, ct) => RunAsync(context, parse, parse.GetValue(port), parse.GetValue(reset), SandboxLaunch.Command, ct));
        return command;
    }

    public static async Task<int> RunAsync(
        CliContext context, ParseResult parse, int port, bool reset, SandboxLaunch launch, CancellationToken cancellationToken)
    {
        var sources = context.Sources(parse);
        var settings = new SandboxSettings
        {
            Sources = sources,
            Port = port,
            Reset = reset,
            DatabasePath = sources.DatabasePath ?? SandboxSettings.DefaultDatabasePath,
            Time = context.Time,
        };
        await using var session = await StartAsync(settings, launch, cancellationToken);
        var data = session.Seeded is null
            ? $"reusing {session.DatabasePath} (--reset starts again from the demo data)"
            : $"new demo data in {session.DatabasePath}";
        var http = session.HttpAddresses.Count == 0 ? "off (Http:Urls is empty)" : string.Join(", ", session.HttpAddresses);
        await context.Output.WriteLineAsync($"""

            FunnelBot sandbox: no Telegram token is configured, so the bot talks to a built-in Telegram emulator.
              Open {session.PageUrl} in a browser, pick who you are and chat with the bot.
              Data: {data}.
              HTTP host (health, metrics, the push API): {http}.
              To use a real bot, set FUNNELBOT_Telegram__Token (see the README). Ctrl+C stops the sandbox.

            """);
        await session.RunUntilStoppedAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task<SandboxSession> StartAsync(SandboxSettings settings, SandboxLaunch launch, CancellationToken cancellationToken)
    {
        try
        {
            return await SandboxSession.StartAsync(settings, cancellationToken);
        }
        catch (SandboxDatabaseRefusedException exception) when (launch == SandboxLaunch.WithoutToken)
        {
            throw new InvalidConfigurationException(SandboxDatabaseRefusal.WithoutToken(exception.Found), exception);
        }
        catch (SandboxDatabaseRefusedException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }
        catch (IOException exception) when (exception.InnerException is AddressInUseException)
        {
            throw new CliUsageException(
                $"--port: port {settings.Port} on 127.0.0.1 is in use (another sandbox?). Choose another one with --port, or 0 for any free port.", exception);
        }
    }
}
