namespace FunnelBot.Storage;

/// <summary>
/// What a database is: the one document of collection <c>database_info</c>, id <c>database</c>. Written when the
/// database is first opened (see <see cref="DatabaseInfoStore"/>); only <see cref="SchemaVersion"/> changes later, as
/// migrations run (<see cref="SchemaMigrator"/>). Later versions add fields here, and a record without them still reads.
/// </summary>
public sealed class DatabaseInfoDocument
{
    public const string SingleId = "database";

    public string Id { get; set; } = SingleId;

    public DatabaseKind Kind { get; set; }

    /// <summary>
    /// When the record was written (UTC): when the database was created, or, for a database older than the record,
    /// when a release that keeps one first opened it.
    /// </summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>
    /// The shape the data has (<see cref="SchemaMigrator"/>): 0 for a record written before the field existed (the
    /// releases up to schema version 1 wrote none) or before the migrations ran.
    /// </summary>
    public int SchemaVersion { get; set; }
}
