using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.Cli;

/// <summary>
/// For the commands that replace or rewrite the database file (<c>backup</c>, <c>restore</c>, <c>maintenance</c>): they
/// take the bot's lock file first, so that they never run beside the bot, and say so when it is running.
/// </summary>
internal static class StoppedBot
{
    /// <summary>The lock of <paramref name="databasePath"/>; a running bot makes it a line (exit 2) that ends with <paramref name="instead"/>.</summary>
    public static DatabaseInstanceLock TakeLock(string databasePath, string command, string instead) =>
        DatabaseInstanceLock.TryTake(databasePath) ?? throw new InvalidConfigurationException(
            $"{StorageOptions.Section}.{nameof(StorageOptions.Path)}: the database '{Path.GetFullPath(databasePath)}' is in use: the bot is running on it (it holds '{DatabaseInstanceLock.LockFileOf(databasePath)}'); {command} works only while the bot is stopped: {instead}");
}
