using System.Collections;
using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.Cli;

/// <summary>
/// The command line: <c>report</c>, <c>import</c>, <c>export</c>, <c>plan</c>, <c>invite</c>, <c>backup</c>,
/// <c>restore</c>, <c>maintenance</c>, <c>sandbox</c>; no command runs the bot. Testable in-process.
/// </summary>
public static class FunnelBotCli
{
    /// <summary>Runs the command line; never throws for a user mistake (exit 2) or an unexpected failure (exit 1).</summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, TimeProvider time, IDictionary? environment = null)
    {
        var context = new CliContext(output, error, time, environment ?? Environment.GetEnvironmentVariables());
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Run with --help to see the commands and options.");
            return ExitCodes.UserError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                await error.WriteLineAsync(problem);
            }

            return ExitCodes.UserError;
        }
        catch (Exception exception) when (exception is CliUsageException or RestoreRefusedException or BackupFailedException)
        {
            await error.WriteLineAsync(exception.Message);
            return ExitCodes.UserError;
        }
        catch (Exception exception)
        {
            // Anything else is unexpected: a short message (what failed and why), no stack trace, exit 1.
            await error.WriteLineAsync($"error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("FunnelBot: a B2B marketing team's weekly funnel numbers in Telegram.");
        root.Options.Add(context.ConfigOption);
        root.Options.Add(context.DatabaseOption);
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(InviteCommand.Create(context));
        root.Subcommands.Add(ApiKeyCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(MaintenanceCommand.Create(context));
        root.Subcommands.Add(SandboxCommand.Create(context));
        root.SetAction((parse, cancellationToken) => RunBotCommand.RunAsync(context, parse, cancellationToken));
        return root;
    }
}
