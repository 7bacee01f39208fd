namespace FunnelBot.Storage;

/// <summary>What a change of a task did (stored by name).</summary>
public enum WorkTaskChangeKind
{
    /// <summary>Not known to this release (never written by it).</summary>
    Unknown = 0,

    Created,

    DueMoved,

    Done,
}
