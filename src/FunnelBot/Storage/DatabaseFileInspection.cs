namespace FunnelBot.Storage;

/// <summary>What <see cref="DatabaseFileInspector"/> found at <paramref name="Path"/>; <paramref name="Problem"/> says why a file is <see cref="DatabaseFileKind.Unreadable"/>.</summary>
public sealed record DatabaseFileInspection(string Path, DatabaseFileKind Kind, string? Problem = null)
{
    /// <summary>A database the sandbox may open or delete: none yet, or one it created.</summary>
    public bool IsSandboxOrMissing => Kind is DatabaseFileKind.Missing or DatabaseFileKind.Sandbox;
}
