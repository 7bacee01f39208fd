namespace FunnelBot.Storage;

/// <summary>
/// The migrations this release knows, in order; the last one's version is the schema version it writes. A change to
/// how a document is stored adds a step here (and a test that opens data of the shape before it).
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<ISchemaMigration> All { get; } = [new SchemaVersionRecorded(), new OutboxFilesMoved(), new TaskHistoryStructured(), new YearRowsBuilt()];
}

/// <summary>
/// Version 1: the shape every release wrote before schema versions were kept. Nothing in the data changes; the step
/// only stores the number, so that the next change has a version to start from.
/// </summary>
internal sealed class SchemaVersionRecorded : ISchemaMigration
{
    public int Version => 1;

    public string Description => "the schema version is recorded (the data keeps its shape)";

    public void Apply(FunnelDatabase database)
    {
        // Nothing to change: see the class.
    }
}
