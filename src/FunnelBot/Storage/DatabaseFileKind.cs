namespace FunnelBot.Storage;

/// <summary>What a file at a database path turned out to be, read without writing (<see cref="DatabaseFileInspector"/>).</summary>
public enum DatabaseFileKind
{
    /// <summary>No file there: a new database would be created.</summary>
    Missing,

    /// <summary>A database recorded as <see cref="DatabaseKind.Sandbox"/>.</summary>
    Sandbox,

    /// <summary>A database recorded as <see cref="DatabaseKind.Team"/>.</summary>
    Team,

    /// <summary>A readable database without a record: a team's from before the record existed, or an old sandbox one.</summary>
    Unrecorded,

    /// <summary>An encrypted database: it cannot be read without its password.</summary>
    PasswordProtected,

    /// <summary>Something that cannot be read as a LiteDB database (a folder, an empty or damaged file, another format).</summary>
    Unreadable,
}
