using Microsoft.Extensions.Hosting;

namespace FunnelBot.Storage;

/// <summary>
/// Opens the database and creates the stores when the host starts, so that their indexes are ensured before the
/// first update or job (a store ensures its indexes in its constructor). New stores join the constructor.
/// </summary>
public sealed class StorageStartup : IHostedService
{
    public StorageStartup(FunnelDatabase database, WeeklyValueStore values, PlanStore plans, AwayStore away)
    {
        _ = database;
        _ = values;
        _ = plans;
        _ = away;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
