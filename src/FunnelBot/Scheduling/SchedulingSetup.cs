using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// Registers Quartz in the host (in-memory store, on the business clock the container holds), the six jobs, the run
/// store, the scheduled work and the database backup. Triggers come from the <c>Schedule</c> section at start.
/// </summary>
public static class SchedulingSetup
{
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<DuePeriods>();
        services.AddSingleton<CatchUpPlanner>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddSingleton<PromptRound>();
        services.AddSingleton<ChannelDigest>();
        services.AddSingleton<IScheduledWork, CheckInPromptWork>();
        services.AddSingleton<IScheduledWork, ReminderWork>();
        services.AddSingleton<IScheduledWork, WeeklyDigestWork>();
        services.AddSingleton<IScheduledWork, MonthlyResultsWork>();
        services.AddSingleton<IScheduledWork, OverdueAlertWork>();
        services.AddSingleton<IScheduledWork, RetentionWork>();
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore(_ => { });
            foreach (var kind in ScheduledJobKinds.All)
            {
                quartz.AddJob<FunnelQuartzJob>(job => job.WithIdentity(ScheduleTriggers.JobKeyOf(kind)).StoreDurably());
            }

            quartz.AddJob<BackupJob>(job => job.WithIdentity(BackupJob.Key).StoreDurably());
        });
        services.AddHostedService<ScheduleInstaller>();
        services.AddHostedService<BackupScheduleInstaller>();
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
