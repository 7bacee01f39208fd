using Microsoft.Extensions.Hosting;

namespace FunnelBot.Storage;

/// <summary>
/// Opens the database and creates the stores when the host starts, so that their indexes are ensured before the
/// first update or job (a store ensures its indexes in its constructor), records a database that has no
/// <see cref="DatabaseInfoDocument"/> yet as a team database (the sandbox records its own before the host starts) and
/// runs the schema migrations it lacks (<see cref="SchemaMigrator"/>; the bot has run them before the host starts,
/// so this finds nothing to do there). New stores join the constructor.
/// </summary>
public sealed class StorageStartup : IHostedService
{
    private readonly SchemaMigrator _schema;

    public StorageStartup(FunnelDatabase database, SchemaMigrator schema, WeeklyValueStore values, PlanStore plans, AwayStore away)
    {
        _ = database;
        _schema = schema;
        _ = values;
        _ = plans;
        _ = away;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _schema.Migrate(DatabaseKind.Team);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
