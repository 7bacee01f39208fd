using System.CommandLine;
using System.Globalization;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>maintenance</c>: checkpoint (the log into the data file) and compact (LiteDB's rebuild, which leaves the file as
/// it was beside it as <c>name-backup.db</c>), with the sizes before and after. Refused while the bot runs.
/// </summary>
public static class MaintenanceCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("maintenance", "Checkpoint and compact the database, printing its size before and after (the bot must be stopped).");
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        using var stopped = StoppedBot.Take(context, parse, "maintenance", _ => "stop the bot first (while it runs it checkpoints by itself)");
        using var host = context.OpenHost(parse);
        var database = host.Services.GetRequiredService<FunnelDatabase>();
        var before = database.FileSizes();
        var kept = LiteDbRebuildBackups(database.Path);
        database.Rebuild();
        var after = database.FileSizes();
        var left = LiteDbRebuildBackups(database.Path).Except(kept, StringComparer.Ordinal).ToList();
        context.Output.WriteLine($"Database '{database.Path}':");
        context.Output.WriteLine(Line("before", before));
        context.Output.WriteLine(Line("after", after));
        foreach (var file in left)
        {
            context.Output.WriteLine($"LiteDB kept the file as it was before the rebuild as '{file}'; delete it once the bot runs well.");
        }

        return ExitCodes.Success;
    }

    private static string Line(string when, (long Data, long Log) sizes) =>
        string.Create(CultureInfo.InvariantCulture, $"  {when,-6} {sizes.Data + sizes.Log,12} bytes (data file {sizes.Data}, log {sizes.Log})");

    /// <summary>The files LiteDB's rebuild leaves beside the database: <c>name-backup.db</c>, <c>name-backup-1.db</c>, ...</summary>
    private static List<string> LiteDbRebuildBackups(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath)!;
        var name = Path.GetFileNameWithoutExtension(databasePath) + "-backup";
        var extension = Path.GetExtension(databasePath);
        return Directory.EnumerateFiles(folder, name + "*" + extension)
            .Where(file => Path.GetFileNameWithoutExtension(file) is var stem
                && (stem == name || (stem.Length > name.Length + 1 && stem[name.Length] == '-' && stem[(name.Length + 1)..].All(char.IsAsciiDigit))))
            .ToList();
    }
}
