using FunnelBot.TelegramBot.CheckIns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// Registers Quartz in the host (in-memory store, on the business clock the container holds), one Quartz job per job of
/// <see cref="ScheduledJobs"/>, the run store and the jobs' classes. Triggers come from <c>Schedule:Jobs</c> at start.
/// </summary>
public static class SchedulingSetup
{
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<IPromptedWeek, PromptedWeek>();
        services.AddSingleton<DuePeriods>();
        services.AddSingleton<CatchUpPlanner>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddSingleton<ScheduledRunOutcomes>();
        services.AddSingleton<PromptRound>();
        services.AddSingleton<ChannelDigest>();
        foreach (var job in ScheduledJobs.All)
        {
            job.AddTo(services);
        }

        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore(_ => { });
            foreach (var job in ScheduledJobs.Declarations)
            {
                quartz.AddJob<FunnelQuartzJob>(detail => detail.WithIdentity(ScheduleTriggers.JobKeyOf(job)).StoreDurably());
            }
        });
        services.AddHostedService<ScheduleInstaller>();
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>
    /// The jobs' settings (configuration key, default cron) that <c>Schedule:Jobs</c> is checked against. Every host
    /// has them, the command line's too, so a wrong schedule stops any command, not only the bot.
    /// </summary>
    public static IHostApplicationBuilder AddScheduledJobSettings(this IHostApplicationBuilder builder)
    {
        foreach (var job in ScheduledJobs.Declarations)
        {
            builder.Services.AddSingleton(job.Setting);
        }

        return builder;
    }
}
