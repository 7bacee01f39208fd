using FunnelBot.Configuration;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// The nightly backup is one of the scheduled jobs: 04:00 in the team's zone unless configured, caught up once at start
/// when its slot passed and no backup was made since, switched off by <c>Schedule:Jobs:Backup:Enabled</c>.
/// </summary>
public sealed class BackupScheduleTests
{
    /// <summary>Friday 2026-11-27 07:00 UTC, 10:00 in Moscow: tonight's 04:00 backup (01:00 UTC) passed while the bot was down.</summary>
    private static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The StoreFixture's now is Monday 2026-03-09 07:30 UTC; that night's slot was 04:00 in Moscow, 01:00 UTC.</summary>
    private static readonly DateTimeOffset MondaySlot = ScheduleTeams.Utc(2026, 3, 9, 1, 0);

    [Fact]
    public async Task Start_AfterTheNightsSlot_OneBackupScheduledAtFourInTheTeamsZoneAndNoneAgainAfterRestart()
    {
        await using var bot = await BotTestHost.StartAsync(now: FridayMorning);
        var backups = bot.Service<FunnelDatabase>().Backups;
        var trigger = (ICronTrigger)(await (await bot.Service<ISchedulerFactory>().GetScheduler()).GetTrigger(new TriggerKey("backup")))!;

        Assert.Single(backups.Backups());
        Assert.True(bot.Service<JobRunStore>().HasRun("backup|2026-11-27"));
        Assert.Equal((BackupJob.DefaultCron, "Europe/Moscow", "backup"), (trigger.CronExpressionString, trigger.TimeZone.Id, trigger.JobKey.Name));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero), trigger.NextFireTimeUtc);

        await bot.StopBotAsync();
        await bot.StartBotAsync();

        Assert.Single(bot.Service<FunnelDatabase>().Backups.Backups());
        Assert.Single(bot.Logs.Lines, line => line.Contains("Catching up backup|2026-11-27", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_SwitchedOff_NoTriggerNoCatchUpNoBackupButTheJobCanStillBeListed()
    {
        var configuration = TestTeam.Configuration();
        configuration["Schedule"]!["Jobs"]!["Backup"] = new System.Text.Json.Nodes.JsonObject { ["Enabled"] = false };
        await using var bot = await BotTestHost.StartAsync(configuration, FridayMorning);
        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();

        Assert.Null(await scheduler.GetTrigger(new TriggerKey("backup")));
        Assert.True(await scheduler.Exists(new JobKey("backup")));
        Assert.Empty(bot.Service<FunnelDatabase>().Backups.Backups());
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Job backup is switched off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("2026-03-08T23:00:00Z", 2)] // made before the slot: tonight's is still due
    [InlineData("2026-03-09T01:00:00Z", 1)] // made at the slot: it serves the run
    [InlineData("2026-03-09T05:00:00Z", 1)] // made since (the backup command while the bot was stopped)
    public void Run_LatestSlot_BacksUpUnlessABackupWasMadeSinceAndRecordsTheRun(string? lastBackup, int backupsAfter)
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Team);
        if (lastBackup is not null)
        {
            var made = DateTimeOffset.Parse(lastBackup, System.Globalization.CultureInfo.InvariantCulture);
            Directory.CreateDirectory(fixture.Database.Backups.Path);
            fixture.Database.CopyTo(fixture.Database.Backups.NewBackupPath(made));
        }

        var run = Run(MondaySlot);
        Job(fixture).Run(run);

        Assert.Equal("backup|2026-03-09", run.Key);
        Assert.Equal(backupsAfter, fixture.Database.Backups.Backups().Count);
        Assert.True(Runs(fixture).HasRun(run.Key));
    }

    [Fact]
    public void Run_TeamDatabase_WritesAVerifiedBackup()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Team);

        Job(fixture).Run(Run(MondaySlot));

        var backup = Assert.Single(fixture.Database.Backups.Backups());
        Assert.Null(DatabaseIntegrityCheck.Check(backup, null));
    }

    [Fact]
    public void Run_SandboxDatabase_NoBackupAndNothingRecorded()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Sandbox);

        Job(fixture).Run(Run(MondaySlot));

        Assert.False(Directory.Exists(fixture.Database.Backups.Path));
        Assert.False(Runs(fixture).HasRun("backup|2026-03-09"));
    }

    [Fact]
    public void Run_FolderCannotBeMade_LoggedTheBotGoesOnAndTheRunStaysDue()
    {
        using var fixture = new StoreFixture();
        new DatabaseInfoStore(fixture.Database, fixture.Time).RecordIfMissing(DatabaseKind.Team);
        File.WriteAllText(fixture.Database.Backups.Path, "a file where the folder should be");

        Job(fixture).Run(Run(MondaySlot));

        Assert.Equal("a file where the folder should be", File.ReadAllText(fixture.Database.Backups.Path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fixture.Path)!, "*-backup-*"));
        Assert.False(Runs(fixture).HasRun("backup|2026-03-09"));
    }

    private static ScheduledRun Run(DateTimeOffset slot) => new DuePeriods(ScheduleTeams.WithDefaultSchedule("Europe/Moscow")).For(BackupJob.Declaration, slot);

    private static JobRunStore Runs(StoreFixture fixture) => new(fixture.Database, fixture.Time);

    private static BackupJob Job(StoreFixture fixture) => new(
        new DatabaseBackup(fixture.Database, Options.Create(new StorageOptions { Path = fixture.Path }), fixture.Time),
        new DatabaseInfoStore(fixture.Database, fixture.Time),
        fixture.Database,
        Runs(fixture),
        NullLogger<BackupJob>.Instance);
}
