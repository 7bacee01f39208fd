using System.Text;

namespace FunnelBot.TelegramBot.Texts;

/// <summary>
/// Takes out of text a user typed the characters that change how the rest of a message reads without being seen:
/// bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C), zero-width characters (U+200B–U+200D,
/// U+2060–U+2064, U+FEFF) and C0/C1 controls other than the line break (a tab becomes a space). Echoed text then cannot
/// turn the bot's own words around it (an RTL override reversing "до 8 декабря") or hide in a name.
/// </summary>
public static class EchoSafeText
{
    public static string Neutralise(string text)
    {
        var index = 0;
        while (index < text.Length && !IsUnsafe(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        safe.Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '\t')
            {
                safe.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>Whether a character is one that <see cref="Neutralise"/> takes out.</summary>
    public static bool IsUnsafe(char c) => c switch
    {
        '\n' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u061C' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\uFEFF' => true,
        _ => false,
    };
}
