using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using LiteDB;

namespace FunnelBot.Tests.Storage;

public sealed class SchemaMigratorTests
{
    private const string NotesCollection = "test_notes";
    private static readonly int Current = SchemaMigrations.All[^1].Version;

    [Fact]
    public void Migrate_PreviousReleaseShape_GetsTheVersionAndKeepsItsData()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        PreviousRelease.Write(path);

        using var database = new FunnelDatabase(path, null);
        var info = new DatabaseInfoStore(database, TimeProvider.System);
        var version = new SchemaMigrator(database, info, SchemaMigrations.All).Migrate(DatabaseKind.Team);

        Assert.Equal(Current, version);
        var record = info.Find()!;
        Assert.Equal((Current, DatabaseKind.Team, PreviousRelease.RecordedAt), (record.SchemaVersion, record.Kind, record.RecordedAt));
        var values = new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System));
        Assert.Equal(12m, values.Get("leads", PreviousRelease.Week));
        Assert.Equal(7.5m, values.Get("qualified", PreviousRelease.Week));
        var years = values.LoadYears(PreviousRelease.Week.Year, PreviousRelease.Week.Year);
        Assert.Equal(
            PreviousRelease.Values.Select(v => (v.Metric, PreviousRelease.Week, v.Value)),
            years.OrderBy(m => m.Key, StringComparer.Ordinal).SelectMany(m => m.Value.Select(w => (m.Key, w.Key, w.Value))));
        var row = Assert.Single(database.Raw("outbox").FindAll());
        Assert.False(row.ContainsKey("File"));
        Assert.Equal(PreviousRelease.ChartBytes, database.Raw("outbox_files").FindById(row["FileId"])["Content"].AsBinary);
        Assert.False(database.Raw("outbox").DropIndex("NotBefore"));
        Assert.Equal(
            [(WorkTaskChangeKind.Created, "anna", null, "2026-12-04"), (WorkTaskChangeKind.DueMoved, null, "2026-12-04", "2026-12-11"), (WorkTaskChangeKind.Done, null, null, null)],
            new WorkTaskStore(database, TimeProvider.System).Find(1)!.History.Select(h => (h.Kind, h.Owner, h.DueFrom, h.DueTo)));
        Assert.All(database.Raw(WorkTaskStore.CollectionName).FindById(1)["History"].AsArray, entry => Assert.False(entry.AsDocument.ContainsKey("What")));
    }

    [Fact]
    public void Migrate_StepsAboveTheStoredVersion_RunOnceInOrder()
    {
        using var fixture = new StoreFixture();
        var info = new DatabaseInfoStore(fixture.Database, fixture.Time);
        new SchemaMigrator(fixture.Database, info, SchemaMigrations.All).Migrate(DatabaseKind.Team);
        fixture.Database.Raw(NotesCollection).Insert(new BsonDocument { ["_id"] = 1, ["Text"] = "call list" });
        var migrator = new SchemaMigrator(fixture.Database, info, [.. SchemaMigrations.All, new RenameTextToNote(), new CountRuns()]);

        var first = migrator.Migrate(DatabaseKind.Team);
        var second = migrator.Migrate(DatabaseKind.Team);

        Assert.Equal((Current + 2, Current + 2), (first, second));
        Assert.Equal(Current + 2, info.Find()!.SchemaVersion);
        var note = fixture.Database.Raw(NotesCollection).FindById(1);
        Assert.Equal("call list", note["Note"].AsString);
        Assert.False(note.ContainsKey("Text"));
        Assert.Equal(1, fixture.Database.Raw(NotesCollection).FindById("runs")["Count"].AsInt32);
    }

    [Fact]
    public void Migrate_StepThatFails_RolledBackWithItsVersion()
    {
        using var fixture = new StoreFixture();
        var info = new DatabaseInfoStore(fixture.Database, fixture.Time);
        new SchemaMigrator(fixture.Database, info, SchemaMigrations.All).Migrate(DatabaseKind.Team);
        fixture.Database.Raw(NotesCollection).Insert(new BsonDocument { ["_id"] = 1, ["Text"] = "call list" });
        var migrator = new SchemaMigrator(fixture.Database, info, [.. SchemaMigrations.All, new RenameTextToNote(), new FailsAfterWriting()]);

        Assert.Throws<InvalidOperationException>(() => migrator.Migrate(DatabaseKind.Team));

        Assert.Equal(Current + 1, info.Find()!.SchemaVersion);
        Assert.Null(fixture.Database.Raw(NotesCollection).FindById("half-done"));
        Assert.Equal("call list", fixture.Database.Raw(NotesCollection).FindById(1)["Note"].AsString);
    }

    [Fact]
    public void Migrate_NewerSchema_RefusedNamingTheFileAndNothingWritten()
    {
        using var fixture = new StoreFixture();
        var info = new DatabaseInfoStore(fixture.Database, fixture.Time);
        info.RecordIfMissing(DatabaseKind.Team);
        info.SetSchemaVersion(Current + 4);

        var refusal = Assert.Throws<InvalidConfigurationException>(() => new SchemaMigrator(fixture.Database, info, SchemaMigrations.All).Migrate(DatabaseKind.Team));

        Assert.Equal(
            $"Storage.Path: the database '{fixture.Path}' has schema version {Current + 4}, newer than this release knows ({Current}): run the release that wrote it, or restore a backup made by this release",
            Assert.Single(refusal.Problems));
        Assert.Equal(Current + 4, info.Find()!.SchemaVersion);
    }

    [Fact]
    public void Constructor_VersionsOutOfOrder_Refused()
    {
        using var fixture = new StoreFixture();
        var info = new DatabaseInfoStore(fixture.Database, fixture.Time);

        Assert.Throws<ArgumentException>(() => new SchemaMigrator(fixture.Database, info, [new RenameTextToNote()]));
    }

    /// <summary>A step as a real one would be: renames a field, and leaves a document that has the new name alone.</summary>
    private sealed class RenameTextToNote : ISchemaMigration
    {
        public int Version => Current + 1;

        public string Description => "test notes: Text is called Note";

        public void Apply(FunnelDatabase database)
        {
            var notes = database.Raw(NotesCollection);
            foreach (var note in notes.Find(Query.Not("Text", BsonValue.Null)).ToList())
            {
                note["Note"] = note["Text"];
                note.Remove("Text");
                notes.Update(note);
            }
        }
    }

    /// <summary>Counts how often it ran: a step run twice would show 2.</summary>
    private sealed class CountRuns : ISchemaMigration
    {
        public int Version => Current + 2;

        public string Description => "counts its runs";

        public void Apply(FunnelDatabase database)
        {
            var notes = database.Raw(NotesCollection);
            var runs = notes.FindById("runs") ?? new BsonDocument { ["_id"] = "runs", ["Count"] = 0 };
            runs["Count"] = runs["Count"].AsInt32 + 1;
            notes.Upsert(runs);
        }
    }

    private sealed class FailsAfterWriting : ISchemaMigration
    {
        public int Version => Current + 2;

        public string Description => "fails half-way";

        public void Apply(FunnelDatabase database)
        {
            database.Raw(NotesCollection).Insert(new BsonDocument { ["_id"] = "half-done" });
            throw new InvalidOperationException("the step fails after its first write");
        }
    }
}
