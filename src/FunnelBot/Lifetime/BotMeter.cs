namespace FunnelBot.Lifetime;

/// <summary>
/// The name of the one .NET meter every part of the bot records on (through <c>IMeterFactory</c>), which
/// <c>/metrics</c> exports; each part names its own instruments <c>funnelbot.*</c>.
/// </summary>
public static class BotMeter
{
    public const string Name = "FunnelBot";
}
