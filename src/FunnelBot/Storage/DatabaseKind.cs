namespace FunnelBot.Storage;

/// <summary>What a database is for, as its <see cref="DatabaseInfoDocument"/> records it.</summary>
public enum DatabaseKind
{
    /// <summary>A real team's data: created by the bot or the command line (or older than the record).</summary>
    Team,

    /// <summary>Created by the sandbox for its demo team; the only kind the sandbox runs on or deletes.</summary>
    Sandbox,
}
