using System.Text;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Splits a long HTML message under Telegram's 4096-character limit at line boundaries. Tags never span lines in
/// FunnelBot's messages, so every part stays valid HTML; the limit is checked on the raw HTML, which is never
/// shorter than the text Telegram counts.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string html, int limit = TelegramLimit)
    {
        if (html.Length <= limit)
        {
            return [html];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in html.Split('\n'))
        {
            var piece = line.Length > limit ? line[..limit] : line;
            if (current.Length > 0 && current.Length + 1 + piece.Length > limit)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
