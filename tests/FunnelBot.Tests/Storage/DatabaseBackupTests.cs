using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using Microsoft.Extensions.Options;

namespace FunnelBot.Tests.Storage;

public sealed class DatabaseBackupTests
{
    [Fact]
    public void Make_WritesAVerifiedCopyReadableByItsOwnerOnly()
    {
        using var fixture = new StoreFixture();
        fixture.Values.Set(new WeeklyValue("leads", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);

        var result = Backup(fixture).Make();

        Assert.Equal(fixture.Folder.File("db/backups/funnelbot-backup-20260309T073000Z.db"), result.Path);
        Assert.Equal(new FileInfo(result.Path).Length, result.Bytes);
        Assert.Empty(result.Removed);
        Assert.Equal(12m, ValueIn(result.Path, "leads", new IsoWeek(2026, 10)));
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(result.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(result.Path)!));
        }
    }

    [Fact]
    public void Make_BeyondKeep_TheOldestOfThisDatabaseAreDeleted()
    {
        using var fixture = new StoreFixture();
        var backup = Backup(fixture, keep: 2);
        var folder = fixture.Folder.File("db/backups");
        Directory.CreateDirectory(folder);
        var other = Path.Combine(folder, "sandbox-backup-20200101T000000Z.db");
        var notes = Path.Combine(folder, "funnelbot-backup-notes.db");
        File.WriteAllText(other, "another database's backup");
        File.WriteAllText(notes, "not a backup name");

        var made = new List<BackupResult>();
        for (var day = 0; day < 4; day++)
        {
            fixture.Values.Set(new WeeklyValue("leads", new IsoWeek(2026, 10), day), ChangeAuthor.Cli);
            made.Add(backup.Make());
            fixture.Time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([made[3].Path, made[2].Path], fixture.Database.Backups.Backups());
        Assert.Equal([made[1].Path], made[3].Removed);
        Assert.True(File.Exists(other) && File.Exists(notes), "files that are not this database's backups stay");
        Assert.Equal(3m, ValueIn(made[3].Path, "leads", new IsoWeek(2026, 10)));
        Assert.Equal(2m, ValueIn(made[2].Path, "leads", new IsoWeek(2026, 10)));
    }

    [Fact]
    public void Make_TwiceInOneSecond_SecondGetsItsOwnNameAndSortsNewest()
    {
        using var fixture = new StoreFixture();
        var backup = Backup(fixture);

        var first = backup.Make();
        var second = backup.Make();

        Assert.EndsWith("20260309T073000Z-2.db", second.Path, StringComparison.Ordinal);
        Assert.Equal([second.Path, first.Path], fixture.Database.Backups.Backups());
    }

    [Fact]
    public async Task Make_WhileAnotherThreadCommits_EachCopyIsOneCommittedState()
    {
        using var fixture = new StoreFixture();
        var backup = Backup(fixture, keep: 100);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(() =>
        {
            // Each transaction writes week n and bumps the counter to n: a consistent copy has weeks 1..counter, no more, no less.
            for (var n = 1; n <= 52 && !stop.IsCancellationRequested; n++)
            {
                var week = n;
                fixture.Database.InTransaction(() =>
                {
                    fixture.Values.Set(new WeeklyValue("leads", new IsoWeek(2026, week), week), ChangeAuthor.Cli);
                    fixture.Values.Set(new WeeklyValue("qualified", new IsoWeek(2026, 1), week), ChangeAuthor.Cli);
                    return true;
                });
                Volatile.Write(ref written, week);
            }
        });

        var copies = new List<string>();
        while (!writer.IsCompleted && copies.Count < 20)
        {
            copies.Add(backup.Make().Path);
            fixture.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await writer.WaitAsync(TimeSpan.FromMinutes(1));
        copies.Add(backup.Make().Path);

        foreach (var copy in copies)
        {
            using var database = new FunnelDatabase(copy, null);
            var values = new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System));
            var counter = (int)(values.Get("qualified", new IsoWeek(2026, 1)) ?? 0m);
            var weeks = Enumerable.Range(1, 52).Where(week => values.Get("leads", new IsoWeek(2026, week)) is not null).ToList();
            Assert.Equal(Enumerable.Range(1, counter), weeks);
        }

        Assert.Equal(52, Volatile.Read(ref written));
        Assert.Equal(52m, ValueIn(copies[^1], "leads", new IsoWeek(2026, 52)));
    }

    [Fact]
    public void Make_EncryptedDatabase_TheCopyIsEncryptedWithTheSamePassword()
    {
        using var fixture = new StoreFixture(password: "s3cret");
        fixture.Values.Set(new WeeklyValue("distinctive_metric", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);

        var result = Backup(fixture, password: "s3cret").Make();

        Assert.DoesNotContain("distinctive_metric", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(result.Path)), StringComparison.Ordinal);
        Assert.Equal(DatabaseProblemKind.Password, DatabaseIntegrityCheck.Check(result.Path, null)?.Kind);
        using var database = new FunnelDatabase(result.Path, "s3cret");
        Assert.Equal(12m, new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System)).Get("distinctive_metric", new IsoWeek(2026, 10)));
    }

    private static DatabaseBackup Backup(StoreFixture fixture, int keep = 14, string password = "") =>
        new(fixture.Database, Options.Create(new StorageOptions { Path = fixture.Path, Password = password, Backup = new BackupOptions { Keep = keep } }), fixture.Time);

    private static decimal? ValueIn(string path, string metric, IsoWeek week)
    {
        using var database = new FunnelDatabase(path, null);
        return new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System)).Get(metric, week);
    }
}
