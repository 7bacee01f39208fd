using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The sandbox did not start because its database file exists and is not recorded as a sandbox database; it read the
/// file without writing and, with <c>--reset</c>, deleted nothing.
/// </summary>
public sealed class SandboxDatabaseRefusedException : Exception
{
    public SandboxDatabaseRefusedException(DatabaseFileInspection found, bool reset)
        : base(reset ? SandboxDatabaseRefusal.Reset(found) : SandboxDatabaseRefusal.Command(found))
    {
        Found = found;
        Reset = reset;
    }

    /// <summary>What the file turned out to be.</summary>
    public DatabaseFileInspection Found { get; }

    /// <summary>Whether <c>--reset</c> had asked to delete it.</summary>
    public bool Reset { get; }
}
