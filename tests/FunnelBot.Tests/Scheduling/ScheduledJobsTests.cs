using FunnelBot.Scheduling;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// The declared jobs. Their names are the Quartz job keys and the first part of the recorded run keys, so a stored
/// run (<c>weekly-digest|2026-W48</c>) keeps meaning the same job: these strings never change.
/// </summary>
public sealed class ScheduledJobsTests
{
    [Fact]
    public void Declarations_StableNamesConfigurationKeysAndDefaults_InTheirOrder()
    {
        Assert.Equal(
            [
                ("checkin-prompt", "CheckInPrompt", null),
                ("reminder", "Reminder", null),
                ("weekly-digest", "WeeklyDigest", null),
                ("monthly-results", "MonthlyResults", null),
                ("overdue-alert", "OverdueAlert", null),
                ("countermeasure-outcomes", "CountermeasureOutcomes", "0 30 11 ? * MON"),
                ("retention", "Retention", "0 30 3 * * ?"),
                ("backup", "Backup", "0 0 4 * * ?"),
            ],
            ScheduledJobs.Declarations.Select(job => (job.Name, job.ConfigurationKey, job.DefaultCron)));
    }

    [Fact]
    public void Named_EachDeclaredName_ItsDeclarationAndNothingForAnOtherName()
    {
        Assert.All(ScheduledJobs.Declarations, job => Assert.Same(job, ScheduledJobs.Named(job.Name)));
        Assert.Same(BackupJob.Declaration, ScheduledJobs.Named("backup"));
        Assert.Null(ScheduledJobs.Named("Backup"));
    }
}
