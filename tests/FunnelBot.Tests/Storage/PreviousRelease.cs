using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Tests.Storage;

/// <summary>
/// A database as the release before schema versions wrote it: written with the stores of this release (the documents
/// have not changed shape), then its <c>database_info</c> record without the <c>SchemaVersion</c> field, as it was, and
/// a chart waiting in the outbox with its bytes inside the row and the outbox's old time index, and a task whose history
/// is English sentences.
/// </summary>
public static class PreviousRelease
{
    public static readonly IsoWeek Week = new(2026, 10);

    /// <summary>The bytes of a chart that was waiting in the outbox, stored inside its row as that release did.</summary>
    public static readonly byte[] ChartBytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

    /// <summary>A task's history as that release wrote it.</summary>
    public static readonly string[] TaskHistory = ["created for anna, due 2026-12-04", "due 2026-12-04 -> 2026-12-11", "done"];

    public static readonly DateTime RecordedAt = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    public static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var database = new FunnelDatabase(path, null))
        {
            var values = new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System));
            values.Set(new WeeklyValue("leads", Week, 12m), ChangeAuthor.CliImport);
            values.Set(new WeeklyValue("qualified", Week, 7.5m), ChangeAuthor.CliImport);
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        raw.GetCollection(DatabaseInfoStore.CollectionName).Insert(new BsonDocument
        {
            ["_id"] = DatabaseInfoDocument.SingleId,
            ["Kind"] = nameof(DatabaseKind.Team),
            ["RecordedAt"] = RecordedAt,
        });
        var outbox = raw.GetCollection("outbox");
        outbox.EnsureIndex("NotBefore");
        outbox.Insert(new BsonDocument
        {
            ["ChatId"] = 42L,
            ["Kind"] = "Photo",
            ["File"] = ChartBytes,
            ["FileName"] = "chart.png",
            ["NotBefore"] = RecordedAt,
        });
        raw.GetCollection(WorkTaskStore.CollectionName).Insert(new BsonDocument
        {
            ["_id"] = 1,
            ["Title"] = "Call back",
            ["Owner"] = "anna",
            ["Due"] = "2026-12-11",
            ["Status"] = "Done",
            ["History"] = new BsonArray(TaskHistory.Select(what => new BsonDocument { ["At"] = RecordedAt, ["Who"] = "anna", ["What"] = what })),
        });
        raw.Checkpoint();
    }
}
