namespace FunnelBot.Storage;

/// <summary>
/// What a database is: the one document of collection <c>database_info</c>, id <c>database</c>. Written once, when the
/// database is first opened (see <see cref="DatabaseInfoStore"/>); later versions add fields here (a schema version),
/// and a record without them still reads.
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
}
