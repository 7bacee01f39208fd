using FunnelBot.Configuration;
using FunnelBot.Lifetime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Storage;

/// <summary>
/// Registers the database and one store per aggregate. A new store: a document class, a store class that takes
/// <see cref="FunnelDatabase"/> (and <see cref="ChangeHistory"/> if its changes need history) and ensures its
/// indexes in its constructor, and one line here.
/// </summary>
public static class StorageSetup
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new FunnelDatabase(storage.Path, storage.Password, storage.Backup.Folder);
        });
        services.AddSingleton<DatabaseInfoStore>();
        services.AddMetrics();
        services.AddSingleton<StorageMetrics>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<SchemaMigrator>(provider, SchemaMigrations.All));
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<FatalStop>();
        services.AddSingleton<StorageFailureStop>();
        services.AddSingleton<ChangeHistory>();
        services.AddSingleton<WeeklyValueStore>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<WorkTaskStore>();
        services.AddSingleton<DeviationStore>();
        services.AddSingleton<PendingPlanChangeStore>();
        services.AddSingleton<AwayStore>();
        services.AddSingleton<AbTestStore>();
        services.AddSingleton<CountermeasureFollowUpStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IdempotentRequestStore>();
        services.AddHostedService<StorageStartup>();
        return builder;
    }
}
