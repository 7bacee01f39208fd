using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Lifetime;
using FunnelBot.SandboxMode;
using FunnelBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Cli;

/// <summary>
/// What runs when no command is given: the bot, talking to Telegram (or to <c>Telegram:ApiBaseUrl</c>) when a token is
/// configured; it ends with the exit code of a fatal stop (2: fix the setup, 3: the database cannot be written).
/// Without a token it starts the sandbox instead (the emulator, its web page and a demo team), but only
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

        // Checked before the start, so that a mistake is its lines on stderr (exit 2), not a start failure the host logs
        // with a stack trace; the lock file is taken before the database is opened, so a second instance opens nothing.
        // Opening checks the file (a damaged one is refused), then the schema migrations run (a newer schema is refused).
        _ = host.Services.CheckConfiguration();
        _ = host.Services.GetRequiredService<DatabaseInstanceLock>();
        _ = host.Services.GetRequiredService<FunnelDatabase>();
        _ = host.Services.GetRequiredService<SchemaMigrator>().Migrate(DatabaseKind.Team);
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
