namespace FunnelBot.Sandbox.Html;

/// <summary>
/// Decodes a character reference the way Telegram does: numeric ones, and only &amp;lt; &amp;gt; &amp;amp; &amp;quot;
/// by name. Anything else is not a reference and stays in the text literally (Telegram does not reject it).
/// </summary>
internal static class HtmlCharacterReference
{
    /// <summary>Returns the code point and moves <paramref name="pos"/> past the reference, or 0 (pos unchanged).</summary>
    public static int Decode(string text, ref int pos)
    {
        var end = pos + 1;
        long code = 0;
        if (At(text, end) == '#')
        {
            end++;
            var hex = At(text, end) == 'x';
            if (hex)
            {
                end++;
            }

            while (IsDigit(At(text, end), hex))
            {
                code = Math.Min((code * (hex ? 16 : 10)) + DigitValue(At(text, end)), int.MaxValue);
                end++;
            }

            if (code == 0 || code >= 0x10ffff || end - pos >= 10)
            {
                return 0;
            }
        }
        else
        {
            while (char.IsAsciiLetter(At(text, end)))
            {
                end++;
            }

            code = text[(pos + 1)..end] switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                _ => 0,
            };
            if (code == 0)
            {
                return 0;
            }
        }

        pos = At(text, end) == ';' ? end + 1 : end;
        return (int)code;
    }

    /// <summary>Appends a decoded code point; lone surrogates are kept so that the caller can reject them.</summary>
    public static void Append(System.Text.StringBuilder builder, int code)
    {
        if (code <= 0xffff)
        {
            builder.Append((char)code);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(code));
        }
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;

    private static bool IsDigit(char c, bool hex) => hex ? char.IsAsciiHexDigit(c) : char.IsAsciiDigit(c);
}
