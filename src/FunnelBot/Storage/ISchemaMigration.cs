namespace FunnelBot.Storage;

/// <summary>
/// One step of the data's shape, from <see cref="Version"/> - 1 to <see cref="Version"/>. It runs in one transaction
/// with the version it stores (<see cref="SchemaMigrator"/>), so it runs whole or not at all; it must still be safe to
/// run on data that already has the new shape (a file restored or copied half-way, a document written by a newer step).
/// </summary>
public interface ISchemaMigration
{
    int Version { get; }

    /// <summary>What the step changes, for the log.</summary>
    string Description { get; }

    void Apply(FunnelDatabase database);
}
