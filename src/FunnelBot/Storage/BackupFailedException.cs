namespace FunnelBot.Storage;

/// <summary>A backup could not be written or does not read back; the message names the file and the setting.</summary>
public sealed class BackupFailedException : Exception
{
    public BackupFailedException()
    {
    }

    public BackupFailedException(string message)
        : base(message)
    {
    }

    public BackupFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
