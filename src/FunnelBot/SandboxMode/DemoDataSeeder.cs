using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.SandboxMode;

/// <summary>Writes the demo data into a new sandbox database; a database that already has data is left as it is.</summary>
internal static class DemoDataSeeder
{
    public static ChangeAuthor Author { get; } = new("sandbox-demo", ChangeSource.Import);

    /// <summary>Seeds when the database has neither plans nor values; returns the data written, or null when it kept the data.</summary>
    public static DemoData? SeedIfEmpty(IServiceProvider services, IsoWeek current)
    {
        var plans = services.GetRequiredService<PlanStore>();
        var values = services.GetRequiredService<WeeklyValueStore>();
        if (plans.Count() > 0 || values.Count() > 0)
        {
            return null;
        }

        var data = new DemoDataGenerator(services.GetRequiredService<TeamConfiguration>()).Generate(current);
        plans.SetAll(data.Plans, Author);
        values.SetAll(data.Values, Author);

        DemoCountermeasures.Seed(
            data.Misses, current, services.GetRequiredService<DeviationStore>(), services.GetRequiredService<WorkTaskStore>(),
            services.GetRequiredService<TeamConfiguration>());
        DemoFollowUps.Seed(data.Misses, current, services);
        DemoAbsences.Seed(current, services.GetRequiredService<AwayStore>(), plans, services.GetRequiredService<TeamConfiguration>());
        return data;
    }
}
