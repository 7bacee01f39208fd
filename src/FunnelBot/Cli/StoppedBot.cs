using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FunnelBot.Cli;

/// <summary>
/// For the commands that replace or rewrite the database file (<c>backup</c>, <c>restore</c>, <c>maintenance</c>): the
/// configuration is read and checked, then the bot's lock file is taken, so that they never run beside the bot, and
/// say so when it is running. Disposing releases the lock.
/// </summary>
internal sealed class StoppedBot : IDisposable
{
    private readonly DatabaseInstanceLock _lock;

    private StoppedBot(StorageOptions storage, DatabaseInstanceLock instanceLock)
    {
        Storage = storage;
        _lock = instanceLock;
    }

    public StorageOptions Storage { get; }

    /// <summary>
    /// Takes the lock of the configured database; a running bot makes it a line (exit 2) that says that
    /// <paramref name="command"/> needs the bot stopped and ends with what to do <paramref name="instead"/>.
    /// </summary>
    public static StoppedBot Take(CliContext context, ParseResult parse, string command, Func<StorageOptions, string> instead)
    {
        StorageOptions storage;
        using (var configured = context.BuildHost(parse))
        {
            storage = configured.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        }

        var instanceLock = DatabaseInstanceLock.TryTake(storage.Path) ?? throw new InvalidConfigurationException(
            $"{StorageOptions.Section}.{nameof(StorageOptions.Path)}: the database '{Path.GetFullPath(storage.Path)}' is in use: the bot is running on it (it holds '{DatabaseInstanceLock.LockFileOf(storage.Path)}'); {command} works only while the bot is stopped: {instead(storage)}");
        return new StoppedBot(storage, instanceLock);
    }

    public void Dispose() => _lock.Dispose();
}
