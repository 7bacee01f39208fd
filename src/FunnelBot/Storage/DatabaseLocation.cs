using FunnelBot.Configuration;

namespace FunnelBot.Storage;

/// <summary>
/// Readies the place of the database before LiteDB opens it: the folder is created (the bot's user's only, see
/// <see cref="OwnerOnlyFiles"/>), a file is really created and deleted in it (LiteDB creates its log file there), an
/// existing database and log file are really opened for writing (a missing database is not created here), and an
/// existing database and log that others can read are tightened. What fails is a configuration problem, one line
/// <c>Storage.Path: cannot write '&lt;full path&gt;': &lt;reason&gt;</c> (or <c>cannot make ... readable by its owner
/// only</c>), so that start-up and the command line exit with 2.
/// </summary>
internal static class DatabaseLocation
{
    public static void Prepare(string fullPath)
    {
        OwnerOnlyFiles.ForNewFiles();
        var log = FunnelDatabase.LogFileOf(fullPath);
        if (Directory.Exists(fullPath))
        {
            throw CannotWrite(fullPath, "it is a folder");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            CreateFolder(fullPath, folder);
            Attempt(fullPath, () => TryCreateFileIn(folder), $"no permission to create files in '{folder}'");
        }

        Attempt(fullPath, () => TryOpenForWriting(fullPath), "no permission to write it");
        Attempt(fullPath, () => TryOpenForWriting(log), $"no permission to write its log '{log}'");
        Tighten(fullPath);
        Tighten(log);
    }

    /// <summary>The problem line of a database that cannot be written.</summary>
    public static InvalidConfigurationException CannotWrite(string fullPath, string reason, Exception? exception = null)
    {
        var line = $"{Setting}: cannot write '{fullPath}': {reason}";
        return exception is null ? new InvalidConfigurationException(line) : new InvalidConfigurationException(line, exception);
    }

    private static string Setting => $"{StorageOptions.Section}.{nameof(StorageOptions.Path)}";

    private static void CreateFolder(string fullPath, string folder)
    {
        if (FileInTheWay(folder) is { } file)
        {
            throw CannotWrite(fullPath, $"'{file}' is a file, not a folder");
        }

        Attempt(fullPath, () => Directory.CreateDirectory(folder), $"no permission to create the folder '{folder}'");
    }

    /// <summary>Others may not read the team's data: a file that others can read and the bot cannot restrict stops the start.</summary>
    private static void Tighten(string file)
    {
        try
        {
            OwnerOnlyFiles.Tighten(file);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InvalidConfigurationException($"{Setting}: cannot make '{file}' readable by its owner only: it belongs to another user", exception);
        }
        catch (IOException exception)
        {
            throw new InvalidConfigurationException($"{Setting}: cannot make '{file}' readable by its owner only: {exception.Message}", exception);
        }
    }

    /// <summary>Runs <paramref name="attempt"/>; a refusal gives <paramref name="denied"/>, any other failure its own message.</summary>
    private static void Attempt(string fullPath, Action attempt, string denied)
    {
        try
        {
            attempt();
        }
        catch (UnauthorizedAccessException exception)
        {
            throw CannotWrite(fullPath, denied, exception);
        }
        catch (IOException exception)
        {
            throw CannotWrite(fullPath, exception.Message, exception);
        }
    }

    /// <summary>The nearest existing part of <paramref name="folder"/>'s path, when it is a file (no folder can be made below it).</summary>
    private static string? FileInTheWay(string folder)
    {
        for (var part = folder; !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (Directory.Exists(part))
            {
                return null;
            }

            if (File.Exists(part))
            {
                return part;
            }
        }

        return null;
    }

    private static void TryCreateFileIn(string folder)
    {
        var probe = Path.Combine(folder, $".funnelbot-write-check-{Guid.NewGuid():N}");
        using var file = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
    }

    private static void TryOpenForWriting(string path)
    {
        if (File.Exists(path))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        }
    }
}
