using FunnelBot.Configuration;
using FunnelBot.SandboxMode;
using FunnelBot.Storage;
using Microsoft.Extensions.Configuration;

namespace FunnelBot.Cli;

/// <summary>
/// Before the run without a token starts the sandbox: the configured real database (<c>Storage:Path</c> from the file
/// and the environment, default <c>data/funnelbot.db</c>) must not be an existing database other than a sandbox one.
/// A server that lost its token stops there instead of running a sandbox beside its data.
/// </summary>
internal static class NoTokenStartCheck
{
    /// <summary>Throws <see cref="InvalidConfigurationException"/> naming <c>Telegram:Token</c> when <c>Storage:Path</c> is a team's (or unknown) database.</summary>
    /// <param name="configured">The settings without the <c>--db</c> override (which names the sandbox's own file here).</param>
    public static void ThrowIfStoragePathIsNotSandbox(IConfiguration configured)
    {
        var path = configured[$"{StorageOptions.Section}:{nameof(StorageOptions.Path)}"];
        if (string.IsNullOrWhiteSpace(path))
        {
            path = StorageOptions.DefaultPath;
        }

        var found = DatabaseFileInspector.Inspect(path);
        if (!found.IsSandboxOrMissing)
        {
            throw new InvalidConfigurationException(SandboxDatabaseRefusal.WithoutTokenBesideStoragePath(found));
        }
    }
}
