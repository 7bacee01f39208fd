using Microsoft.Extensions.Hosting;

namespace FunnelBot.Storage;

/// <summary>
/// Opens the database and creates the stores when the host starts, so that their indexes are ensured before the
/// first update or job (a store ensures its indexes in its constructor), and records a database that has no
/// <see cref="DatabaseInfoDocument"/> yet as a team database (the sandbox records its own before the host starts).
/// New stores join the constructor.
/// </summary>
public sealed class StorageStartup : IHostedService
{
    private readonly DatabaseInfoStore _info;

    public StorageStartup(FunnelDatabase database, DatabaseInfoStore info, WeeklyValueStore values, PlanStore plans, AwayStore away)
    {
        _ = database;
        _info = info;
        _ = values;
        _ = plans;
        _ = away;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _info.RecordIfMissing(DatabaseKind.Team);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
