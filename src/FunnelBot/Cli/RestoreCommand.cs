using System.CommandLine;
using FunnelBot.Storage;

namespace FunnelBot.Cli;

/// <summary>
/// <c>restore &lt;backup-file&gt;</c>: the backup, read back whole first, takes the place of the database; the file it
/// replaces is kept aside with a timestamp. Refused while the bot runs. The current database is not opened (it may be
/// the damaged file being replaced).
/// </summary>
public static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("backup-file") { Description = "The backup to put in place of the database (e.g. data/backups/funnelbot-backup-20261202T033000Z.db)." };
        var command = new Command("restore", "Put a backup in place of the database; the current file is kept aside (the bot must be stopped).") { file };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(file)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, FileInfo backup)
    {
        using var stopped = StoppedBot.Take(context, parse, "restore", _ => "stop the bot, restore, then start it again");
        var storage = stopped.Storage;
        var database = Path.GetFullPath(storage.Path);
        var aside = DatabaseRestore.Restore(backup.FullName, database, storage.Password, context.Time.GetUtcNow());
        context.Output.WriteLine($"Restored '{database}' from '{backup.FullName}'.");
        context.Output.WriteLine(aside is null
            ? "There was no database file to keep aside."
            : $"The file it replaced is kept as '{aside}'; delete it once the bot runs well.");
        return ExitCodes.Success;
    }
}
