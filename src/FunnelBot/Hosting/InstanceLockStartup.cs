using FunnelBot.Storage;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Hosting;

/// <summary>
/// Registered as the bot's first hosted service so that its constructor takes the database's lock file before any
/// other service opens the database; a second instance stops right there (exit 2).
/// </summary>
public sealed class InstanceLockStartup : IHostedService
{
    public InstanceLockStartup(DatabaseInstanceLock instanceLock) => Lock = instanceLock;

    public DatabaseInstanceLock Lock { get; }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
