using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Tests.Storage;

/// <summary>
/// A database as the release before schema versions wrote it: written with the stores of this release (the documents
/// have not changed shape), then its <c>database_info</c> record without the <c>SchemaVersion</c> field, as it was.
/// </summary>
public static class PreviousRelease
{
    public static readonly IsoWeek Week = new(2026, 10);

    public static readonly DateTime RecordedAt = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    public static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var database = new FunnelDatabase(path, null))
        {
            var values = new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System));
            values.Set(new WeeklyValue("leads", Week, 12m), ChangeAuthor.CliImport);
            values.Set(new WeeklyValue("qualified_leads", Week, 7.5m), ChangeAuthor.CliImport);
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        raw.GetCollection(DatabaseInfoStore.CollectionName).Insert(new BsonDocument
        {
            ["_id"] = DatabaseInfoDocument.SingleId,
            ["Kind"] = nameof(DatabaseKind.Team),
            ["RecordedAt"] = RecordedAt,
        });
        raw.Checkpoint();
    }
}
