using System.CommandLine;
using System.Globalization;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>backup</c>: a verified copy of the database into <c>Storage:Backup:Folder</c>, the oldest beyond
/// <c>Storage:Backup:Keep</c> deleted. While the bot runs it refuses: the bot backs up by itself on <c>Schedule:Jobs:Backup</c>.
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("backup", "Write a verified copy of the database into Storage:Backup:Folder (the bot must be stopped; it backs up by itself on Schedule:Jobs:Backup).");
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        using var stopped = StoppedBot.Take(
            context, parse, "backup", options => $"the bot writes backups itself on Schedule.Jobs.Backup into '{BackupFolder.Of(options).Path}'");
        var storage = stopped.Storage;
        using var host = context.OpenHost(parse);
        var backup = host.Services.GetRequiredService<DatabaseBackup>().Make();
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Backup written and read back: '{backup.Path}' ({backup.Bytes} bytes)."));
        foreach (var removed in backup.Removed)
        {
            context.Output.WriteLine($"Removed the old backup '{removed}' (Storage.Backup.Keep: {storage.Backup.Keep.ToString(CultureInfo.InvariantCulture)}).");
        }

        return ExitCodes.Success;
    }
}
