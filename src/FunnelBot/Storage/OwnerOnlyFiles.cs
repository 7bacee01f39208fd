using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace FunnelBot.Storage;

/// <summary>
/// Keeps the team's data readable by the bot's user only, on Linux and macOS (elsewhere it does nothing). LiteDB creates
/// and deletes its files itself (the database, its <c>-log</c> file, a <c>-tmp</c> file while rebuilding), so their
/// permissions cannot be given at creation: instead the process's umask gets 077 added, and every file it creates from then
/// on is 0600 and every folder 0700. Files made before (an existing database that is 0644) are tightened one by one.
/// </summary>
internal static partial class OwnerOnlyFiles
{
    /// <summary>The group and other bits of a umask: 077.</summary>
    private const uint GroupAndOthersMask = 0b000_111_111;

    /// <summary>The permission bits of a mode: 0777 (macOS's mode_t is 16 bits wide, so anything above is ignored).</summary>
    private const uint PermissionBits = 0b111_111_111;

    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Whether files have Unix permissions here (Linux, macOS).</summary>
    [SupportedOSPlatformGuard("linux")]
    [SupportedOSPlatformGuard("macos")]
    public static bool AreSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>
    /// From now on, files and folders the process creates have no permissions for group and others: 077 is added to the
    /// umask (a stricter one is kept). Safe to call more than once.
    /// </summary>
    public static void ForNewFiles()
    {
        if (!AreSupported)
        {
            return;
        }

        // umask only reads the mask by setting it: set 077, then the previous mask with 077 added (the stricter of the two).
        var previous = SetUmask(GroupAndOthersMask) & PermissionBits;
        _ = SetUmask(previous | GroupAndOthersMask);
    }

    /// <summary>Takes group and other permissions off an existing file (e.g. a database made 0644 before); nothing if it does not exist.</summary>
    /// <exception cref="UnauthorizedAccessException">The file belongs to another user.</exception>
    public static void Tighten(string path)
    {
        if (!AreSupported || !File.Exists(path))
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupAndOthers) != 0)
        {
            File.SetUnixFileMode(path, mode & ~GroupAndOthers);
        }
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
