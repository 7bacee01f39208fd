namespace FunnelBot.Storage;

/// <summary>A backup that cannot be restored (missing, or not readable as a database); the message names it, and nothing was changed.</summary>
public sealed class RestoreRefusedException : Exception
{
    public RestoreRefusedException()
    {
    }

    public RestoreRefusedException(string message)
        : base(message)
    {
    }

    public RestoreRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
