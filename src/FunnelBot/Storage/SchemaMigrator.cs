using FunnelBot.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunnelBot.Storage;

/// <summary>
/// Brings the database to the schema version this release writes, at start (the bot before its services start, each
/// command line command before it reads): the record is written if missing, then each migration above the stored
/// version runs in order, each in one transaction with the version it stores, so a crash half-way repeats only the
/// step it was in. A database with a newer version than this release knows is refused (exit 2) before any data is written.
/// </summary>
public sealed partial class SchemaMigrator
{
    private readonly FunnelDatabase _database;
    private readonly DatabaseInfoStore _info;
    private readonly IReadOnlyList<ISchemaMigration> _migrations;
    private readonly ILogger _logger;

    public SchemaMigrator(FunnelDatabase database, DatabaseInfoStore info, IReadOnlyList<ISchemaMigration> migrations, ILogger<SchemaMigrator>? logger = null)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new ArgumentException($"Migration {i + 1} has version {migrations[i].Version}: versions must go 1, 2, 3, ... in order", nameof(migrations));
            }
        }

        _database = database;
        _info = info;
        _migrations = migrations;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The schema version this release writes.</summary>
    public int Current => _migrations.Count;

    /// <summary>Records a database without a record as <paramref name="kind"/>, then runs the missing migrations; returns the version it has now.</summary>
    /// <exception cref="InvalidConfigurationException">The database has a newer schema than this release knows.</exception>
    public int Migrate(DatabaseKind kind)
    {
        var stored = _info.Find()?.SchemaVersion ?? 0;
        if (stored > Current)
        {
            throw new InvalidConfigurationException(
                $"{StorageOptions.Section}.{nameof(StorageOptions.Path)}: the database '{_database.Path}' has schema version {stored}, newer than this release knows ({Current}): run the release that wrote it, or restore a backup made by this release");
        }

        _info.RecordIfMissing(kind);
        foreach (var migration in _migrations.Where(m => m.Version > stored))
        {
            _database.InTransaction(() =>
            {
                migration.Apply(_database);
                _info.SetSchemaVersion(migration.Version);
                return true;
            });
            LogMigrated(_database.Path, migration.Version, migration.Description);
        }

        return Math.Max(stored, Current);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} migrated to schema version {Version}: {Description}")]
    private partial void LogMigrated(string path, int version, string description);
}
