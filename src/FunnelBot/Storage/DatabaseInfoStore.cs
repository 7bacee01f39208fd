using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// The record of what the database is (<see cref="DatabaseInfoDocument"/>). The sandbox records
/// <see cref="DatabaseKind.Sandbox"/> on the file it creates before it writes anything else; the bot (at start) and the
/// command line (when it opens the database) record <see cref="DatabaseKind.Team"/> on a database that has no record yet.
/// A record, once written, changes only in its <see cref="DatabaseInfoDocument.SchemaVersion"/>.
/// </summary>
public sealed class DatabaseInfoStore
{
    public const string CollectionName = "database_info";

    private readonly ILiteCollection<DatabaseInfoDocument> _info;
    private readonly TimeProvider _time;

    public DatabaseInfoStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _info = database.Collection<DatabaseInfoDocument>(CollectionName);
    }

    /// <summary>The record, or null when the database has none yet.</summary>
    public DatabaseInfoDocument? Find() => _info.FindById(DatabaseInfoDocument.SingleId);

    /// <summary>Writes a record of <paramref name="kind"/> when the database has none; returns the record it has now.</summary>
    public DatabaseInfoDocument RecordIfMissing(DatabaseKind kind)
    {
        if (Find() is { } existing)
        {
            return existing;
        }

        var record = new DatabaseInfoDocument { Kind = kind, RecordedAt = _time.GetUtcNow().UtcDateTime };
        _info.Insert(record);
        return record;
    }

    /// <summary>Stores the schema version the data now has; call inside the migration's transaction.</summary>
    public void SetSchemaVersion(int version)
    {
        var record = Find() ?? throw new InvalidOperationException("The database has no record to store its schema version in");
        record.SchemaVersion = version;
        _info.Update(record);
    }
}
