using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Scheduling;

/// <summary>
/// Every job the bot schedules, in the order they are scheduled and caught up at start. A new job is its class (an
/// <see cref="IScheduledJob"/> declaring its name, configuration key, default cron and due period), one line here, its
/// entry under <c>Schedule:Jobs</c> in <c>config/funnelbot.json</c> and its texts.
/// </summary>
public static class ScheduledJobs
{
    public static IReadOnlyList<ScheduledJobRegistration> All { get; } =
    [
        ScheduledJobRegistration.Of<CheckInPromptJob>(),
        ScheduledJobRegistration.Of<ReminderJob>(),
        ScheduledJobRegistration.Of<WeeklyDigestJob>(),
        ScheduledJobRegistration.Of<MonthlyResultsJob>(),
        ScheduledJobRegistration.Of<OverdueAlertJob>(),
        ScheduledJobRegistration.Of<CountermeasureOutcomeJob>(),
        ScheduledJobRegistration.Of<RetentionJob>(),
        ScheduledJobRegistration.Of<BackupJob>(),
    ];

    public static IReadOnlyList<ScheduledJobDeclaration> Declarations { get; } = [.. All.Select(job => job.Declaration)];

    /// <summary>The job whose stable name (its Quartz job key) is <paramref name="name"/>, or null.</summary>
    public static ScheduledJobDeclaration? Named(string name) =>
        Declarations.FirstOrDefault(job => string.Equals(job.Name, name, StringComparison.Ordinal));
}

/// <summary>One job of <see cref="ScheduledJobs"/>: its declaration and how its class is registered (keyed by its name).</summary>
public sealed class ScheduledJobRegistration
{
    private readonly Action<IServiceCollection> _register;

    private ScheduledJobRegistration(ScheduledJobDeclaration declaration, Action<IServiceCollection> register)
    {
        Declaration = declaration;
        _register = register;
    }

    public ScheduledJobDeclaration Declaration { get; }

    public static ScheduledJobRegistration Of<TJob>()
        where TJob : class, IScheduledJob =>
        new(TJob.Declaration, services => services.AddKeyedSingleton<IScheduledWork, TJob>(TJob.Declaration.Name));

    internal void AddTo(IServiceCollection services) => _register(services);
}
