using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The lines that refuse a database the sandbox must not touch (one that exists and is not recorded as a sandbox
/// database): what the file is, and what to do instead, in the words of the way the sandbox was started.
/// </summary>
public static class SandboxDatabaseRefusal
{
    private const string TokenSetting = $"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}";

    private const string TokenVariable = $"FUNNELBOT_{TelegramOptions.Section}__{nameof(TelegramOptions.Token)}";

    /// <summary>The run without a token would start the sandbox on its own file, which is not a sandbox database.</summary>
    public static string WithoutToken(DatabaseFileInspection found) =>
        $"{TokenSetting}: is not set, so the sandbox would start, but '{found.Path}' {WhatItIs(found)}; "
        + $"set {TokenSetting} ({TokenVariable}) to run the bot on it, or give the sandbox its own file with --db";

    /// <summary>The run without a token would start the sandbox while <c>Storage:Path</c> names a database that is not a sandbox one.</summary>
    public static string WithoutTokenBesideStoragePath(DatabaseFileInspection found) =>
        $"{TokenSetting}: is not set, so the sandbox would start, but {StorageOptions.Section}:{nameof(StorageOptions.Path)} '{found.Path}' "
        + $"{WhatItIs(found)}, and a bot that lost its token does not start a sandbox beside its data; "
        + $"set {TokenSetting} ({TokenVariable}) to run the bot on it, or start the sandbox on purpose with the 'sandbox' command";

    /// <summary>The <c>sandbox</c> command was pointed at a file that is not a sandbox database.</summary>
    public static string Command(DatabaseFileInspection found) =>
        $"sandbox: '{found.Path}' {WhatItIs(found)}, and the sandbox runs only on a database it created; "
        + $"give it its own file with --db, or set {TokenSetting} ({TokenVariable}) to run the bot on it";

    /// <summary><c>sandbox --reset</c> was asked to delete a file that is not a sandbox database.</summary>
    public static string Reset(DatabaseFileInspection found) =>
        $"sandbox --reset: '{found.Path}' {WhatItIs(found)}, and --reset deletes only a sandbox database: nothing was deleted; "
        + "give the sandbox its own file with --db";

    private static string WhatItIs(DatabaseFileInspection found) => found.Kind switch
    {
        DatabaseFileKind.Team => "is a team database, not a sandbox one",
        DatabaseFileKind.Unrecorded =>
            "does not record what it is, so it is taken for a team database, not a sandbox one "
            + "(if it is a sandbox database from an earlier release, delete it yourself to start again from the demo data)",
        DatabaseFileKind.PasswordProtected => "is password-protected, so it is not a sandbox database (the sandbox never sets a password)",
        DatabaseFileKind.Unreadable => $"cannot be read as a database ({found.Problem}), so it is not a sandbox one",
        _ => throw new ArgumentOutOfRangeException(nameof(found), found.Kind, "a sandbox database or no file is not refused"),
    };
}
