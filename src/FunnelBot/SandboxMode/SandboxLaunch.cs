namespace FunnelBot.SandboxMode;

/// <summary>How the sandbox came to start: what its refusals say depends on it.</summary>
public enum SandboxLaunch
{
    /// <summary>Asked for with the <c>sandbox</c> command.</summary>
    Command,

    /// <summary>The run with no command and no <c>Telegram:Token</c>: the sandbox instead of the bot.</summary>
    WithoutToken,
}
