using FunnelBot.Configuration;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FunnelBot.Tests.Scheduling;

public sealed class BackupScheduleTests
{
    [Fact]
    public async Task Installer_DefaultSchedule_NextBackupAt0400InTheTeamsZone()
    {
        using var fixture = new StoreFixture();
        var factory = QuartzSchedulerBuilder.Create(quartz => quartz.UseInMemoryStore(_ => { })).UseProperties([new("quartz.scheduler.instanceName", $"backup-test-{Guid.NewGuid():N}")]).Build();
        var scheduler = await factory.GetScheduler();
        await scheduler.AddJob(JobBuilder.Create<BackupJob>().WithIdentity(BackupJob.Key).StoreDurably().Build(), default);
        var team = ScheduleTeams.WithDefaultSchedule("Europe/Moscow");
        try
        {
            await new BackupScheduleInstaller(factory, fixture.Database, team, fixture.Time, NullLogger<BackupScheduleInstaller>.Instance).StartAsync(CancellationToken.None);

            var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(BackupJob.Key.Name)))!;
            Assert.Equal((ScheduleOptions.DefaultBackupCron, "Europe/Moscow"), (trigger.CronExpressionString, trigger.TimeZone.Id));
            Assert.Equal(BackupJob.Key, trigger.JobKey);
            // Now is Monday 2026-03-09 07:30 UTC; 04:00 in Moscow is 01:00 UTC the next night.
            Assert.Equal(ScheduleTeams.Utc(2026, 3, 10, 1, 0), trigger.NextFireTimeUtc);
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-03-08T23:00:00Z", true)]
    [InlineData("2026-03-09T01:00:00Z", false)]
    [InlineData("2026-03-09T05:00:00Z", false)]
    public async Task Installer_LatestSlotMissed_FiredOnceUnlessABackupWasMadeSince(string? lastBackup, bool firedNow)
    {
        using var fixture = new StoreFixture();
        if (lastBackup is not null)
        {
            var made = DateTimeOffset.Parse(lastBackup, System.Globalization.CultureInfo.InvariantCulture);
            Directory.CreateDirectory(fixture.Database.Backups.Path);
            fixture.Database.CopyTo(fixture.Database.Backups.NewBackupPath(made));
        }

        var factory = QuartzSchedulerBuilder.Create(quartz => quartz.UseInMemoryStore(_ => { })).UseProperties([new("quartz.scheduler.instanceName", $"backup-test-{Guid.NewGuid():N}")]).Build();
        var scheduler = await factory.GetScheduler();
        await scheduler.AddJob(JobBuilder.Create<BackupJob>().WithIdentity(BackupJob.Key).StoreDurably().Build(), default);
        try
        {
            // Now is 2026-03-09 07:30 UTC; the latest slot was 04:00 in Moscow, 01:00 UTC, within the 1-day catch-up window.
            await new BackupScheduleInstaller(factory, fixture.Database, ScheduleTeams.WithDefaultSchedule("Europe/Moscow"), fixture.Time, NullLogger<BackupScheduleInstaller>.Instance)
                .StartAsync(CancellationToken.None);

            var triggers = await scheduler.GetTriggersOfJob(BackupJob.Key);
            Assert.Equal(firedNow ? 2 : 1, triggers.Count);
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    [Fact]
    public async Task Installer_SwitchedOff_NoTrigger()
    {
        using var fixture = new StoreFixture();
        var factory = QuartzSchedulerBuilder.Create(quartz => quartz.UseInMemoryStore(_ => { })).UseProperties([new("quartz.scheduler.instanceName", $"backup-test-{Guid.NewGuid():N}")]).Build();
        var scheduler = await factory.GetScheduler();
        var team = ScheduleTeams.WithDefaultSchedule("Europe/Moscow");
        team = team with { Schedule = team.Schedule with { Backup = new ScheduledJob(ScheduleOptions.DefaultBackupCron, false) } };
        try
        {
            await new BackupScheduleInstaller(factory, fixture.Database, team, fixture.Time, NullLogger<BackupScheduleInstaller>.Instance).StartAsync(CancellationToken.None);

            Assert.Null(await scheduler.GetTrigger(new TriggerKey(BackupJob.Key.Name)));
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    [Fact]
    public async Task Job_TeamDatabase_WritesABackup()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Team);

        await Job(fixture).Execute(null!, CancellationToken.None);

        var backup = Assert.Single(fixture.Database.Backups.Backups());
        Assert.Null(DatabaseIntegrityCheck.Check(backup, null));
    }

    [Fact]
    public async Task Job_SandboxDatabase_NoBackup()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Sandbox);

        await Job(fixture).Execute(null!, CancellationToken.None);

        Assert.False(Directory.Exists(fixture.Database.Backups.Path));
    }

    [Fact]
    public async Task Job_FolderCannotBeMade_LoggedAndTheBotGoesOn()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Team);
        File.WriteAllText(fixture.Database.Backups.Path, "a file where the folder should be");

        await Job(fixture).Execute(null!, CancellationToken.None);

        Assert.Equal("a file where the folder should be", File.ReadAllText(fixture.Database.Backups.Path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fixture.Path)!, "*-backup-*"));
    }

    private static BackupJob Job(StoreFixture fixture) => new(
        new DatabaseBackup(fixture.Database, Options.Create(new StorageOptions { Path = fixture.Path }), fixture.Time),
        new DatabaseInfoStore(fixture.Database, fixture.Time),
        NullLogger<BackupJob>.Instance);
}
