namespace FunnelBot.Lifetime;

/// <summary>The exit codes of a fatal stop (the same numbers as the command line's).</summary>
public static class FatalExitCodes
{
    /// <summary>Fix the setup, then start again: a wrong token, another instance on the same database or token.</summary>
    public const int Setup = 2;

    /// <summary>The database cannot be written (disk full, I/O error, a broken file): free space or repair, then restart.</summary>
    public const int Storage = 3;
}
