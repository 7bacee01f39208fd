using System.Text;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Splits a long HTML message under Telegram's 4096-character limit at line boundaries, into as few parts as fit.
/// Tags never span lines in FunnelBot's messages, so every part stays valid HTML. Telegram counts the text after
/// entities parsing (UTF-16 units, as <see cref="string.Length"/>): tags do not count and an entity such as
/// <c>&amp;lt;</c> counts as one, so a part is measured by its visible text.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string html, int limit = TelegramLimit)
    {
        if (html.Length <= limit || VisibleLength(html) <= limit)
        {
            return [html];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        var visible = 0;
        foreach (var line in html.Split('\n'))
        {
            var piece = line.Length > limit ? line[..limit] : line;
            var length = VisibleLength(piece);
            if (current.Length > 0 && visible + 1 + length > limit)
            {
                parts.Add(current.ToString());
                current.Clear();
                visible = 0;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
                visible++;
            }

            current.Append(piece);
            visible += length;
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    /// <summary>The length Telegram counts: the HTML without its tags, each character entity as one.</summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            switch (html[i])
            {
                case '<' when html.IndexOf('>', i) is var end and > 0:
                    i = end;
                    break;
                case '&' when html.IndexOf(';', i) is var end and > 0 && end - i <= 10:
                    i = end;
                    length++;
                    break;
                default:
                    length++;
                    break;
            }
        }

        return length;
    }
}
