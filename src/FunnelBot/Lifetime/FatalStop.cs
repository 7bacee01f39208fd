using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Lifetime;

/// <summary>
/// Stops the bot for a failure that retrying cannot fix (a wrong token, another instance, a broken database): one
/// Critical log line saying what is wrong and what to do, the exit code the process must end with (the command line
/// returns it from <c>Main</c>), then a graceful stop of the host. The first stop wins; later ones are ignored.
/// </summary>
public sealed partial class FatalStop
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<FatalStop> _logger;
    private int _exitCode;

    public FatalStop(IHostApplicationLifetime lifetime, ILogger<FatalStop> logger)
    {
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>The exit code asked for, or null while nothing fatal happened.</summary>
    public int? ExitCode
    {
        get
        {
            var code = Volatile.Read(ref _exitCode);
            return code == 0 ? null : code;
        }
    }

    /// <summary>The message of the stop, for the command line's error output.</summary>
    public string? Message { get; private set; }

    public void Stop(int exitCode, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exitCode);
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            return;
        }

        Message = message;
        LogStopping(message, exitCode);
        _lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem} (stopping, exit code {ExitCode})")]
    private partial void LogStopping(string problem, int exitCode);
}
