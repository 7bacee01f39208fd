using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>The coloured mark of a zone, the same in every language.</summary>
public static class ZoneMarks
{
    public static string Of(Zone zone) => zone switch
    {
        Zone.Green => "🟢",
        Zone.Yellow => "🟡",
        Zone.Red => "🔴",
        _ => "⚪",
    };
}
