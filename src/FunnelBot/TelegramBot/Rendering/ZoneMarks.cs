using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Texts;

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

    /// <summary>The mark as a fragment of a message's HTML.</summary>
    public static HtmlFragment Html(Zone zone) => new(Of(zone));
}
