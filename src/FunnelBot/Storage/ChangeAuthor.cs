namespace FunnelBot.Storage;

/// <summary>Where a change came from.</summary>
public enum ChangeSource
{
    Import,
    Chat,
    Cli,

    /// <summary>The push API (<c>/api/v1</c>); the author is the key's name.</summary>
    Api,
}

/// <summary>Who made a change (a member key, or <c>cli</c>) and through what.</summary>
public sealed record ChangeAuthor(string Who, ChangeSource Source)
{
    public static ChangeAuthor Cli { get; } = new("cli", ChangeSource.Cli);

    public static ChangeAuthor CliImport { get; } = new("cli", ChangeSource.Import);
}
