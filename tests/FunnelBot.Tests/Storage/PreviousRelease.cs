using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Tests.Storage;

/// <summary>
/// A database as the release before schema versions wrote it: weekly values as one document per week without their
/// year rows, its <c>database_info</c> record without the <c>SchemaVersion</c> field, as it was, and a chart waiting in
/// the outbox with its bytes inside the row and the outbox's old time index, and a task whose history is English
/// sentences.
/// </summary>
public static class PreviousRelease
{
    public static readonly IsoWeek Week = new(2026, 10);

    /// <summary>The bytes of a chart that was waiting in the outbox, stored inside its row as that release did.</summary>
    public static readonly byte[] ChartBytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

    /// <summary>A task's history as that release wrote it.</summary>
    public static readonly string[] TaskHistory = ["created for anna, due 2026-12-04", "due 2026-12-04 -> 2026-12-11", "done"];

    /// <summary>The weekly values of <see cref="Week"/> that release stored.</summary>
    public static readonly (string Metric, decimal Value)[] Values = [("leads", 12m), ("qualified", 7.5m)];

    public static readonly DateTime RecordedAt = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    public static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var values = raw.GetCollection<WeeklyValueDocument>(WeeklyValueStore.CollectionName);
        values.EnsureIndex(value => value.IsoYear);
        values.EnsureIndex(value => value.Metric);
        foreach (var (metric, value) in Values)
        {
            values.Insert(new WeeklyValueDocument
            {
                Id = WeeklyValueStore.IdOf(metric, Week),
                Metric = metric,
                IsoYear = Week.Year,
                Week = Week.Week,
                Value = value,
                EnteredAt = RecordedAt,
                EnteredBy = "cli",
                Source = ChangeSource.Import,
            });
        }

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
