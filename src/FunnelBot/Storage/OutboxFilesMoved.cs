using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Version 2: a queued photo or document keeps its bytes in <c>outbox_files</c>, the queued row only their id
/// (<c>FileId</c>), so that reading the queue never reads the bytes; the queue's old time index goes (the sender keeps
/// each chat's order by the rows' ids). Rows already in the new shape are left as they are.
/// </summary>
internal sealed class OutboxFilesMoved : ISchemaMigration
{
    public int Version => 2;

    public string Description => "queued file bytes move out of the outbox rows into outbox_files";

    public void Apply(FunnelDatabase database)
    {
        var outbox = database.Raw("outbox");
        var files = database.Raw("outbox_files");
        foreach (var row in outbox.Find(Query.Not("File", BsonValue.Null)).ToList())
        {
            if (!row["File"].IsBinary)
            {
                continue;
            }

            var file = new BsonDocument { ["Content"] = row["File"] };
            row["FileId"] = files.Insert(file);
            row.Remove("File");
            outbox.Update(row);
        }

        outbox.DropIndex("NotBefore");
    }
}
