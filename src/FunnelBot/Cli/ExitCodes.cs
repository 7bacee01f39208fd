namespace FunnelBot.Cli;

/// <summary>The process exit codes of the command line.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected failed (a short message on stderr).</summary>
    public const int Failure = 1;

    /// <summary>A user mistake: bad configuration, bad arguments, a refused data file.</summary>
    public const int UserError = 2;
}

/// <summary>A mistake in what the user asked for; its message says what is wrong and what is expected.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException()
    {
    }

    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
