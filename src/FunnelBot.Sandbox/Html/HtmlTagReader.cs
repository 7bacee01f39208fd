using System.Collections.Frozen;
using System.Text;

namespace FunnelBot.Sandbox.Html;

/// <summary>Reads one start tag and its attributes, keeping the argument Telegram uses (href, language, …).</summary>
internal static class HtmlTagReader
{
    private static readonly FrozenSet<string> SupportedTags = new[]
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "tg-time",
        "span", "pre", "code", "blockquote",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads from the '&lt;' at <paramref name="begin"/>; returns the tag and moves <paramref name="i"/> to its '&gt;'.</summary>
    public static (string Name, string Argument) ReadStartTag(string text, int begin, ref int i, Func<int, long> byteOffset)
    {
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
        {
            i++;
        }

        if (i >= text.Length)
        {
            throw new HtmlParseException($"Unclosed start tag at byte offset {byteOffset(begin)}");
        }

        var name = text[(begin + 1)..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
        {
            throw new HtmlParseException($"Unsupported start tag \"{name}\" at byte offset {byteOffset(begin)}");
        }

        var argument = string.Empty;
        while (i < text.Length && text[i] != '>')
        {
            SkipSpaces(text, ref i);
            if (i >= text.Length || text[i] == '>')
            {
                break;
            }

            var attributeName = ReadAttributeName(text, ref i, name, begin, byteOffset);
            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                throw new HtmlParseException($"Unclosed start tag \"{name}\" at byte offset {byteOffset(begin)}");
            }

            if (text[i] != '=')
            {
                if (name == "blockquote" && attributeName == "expandable")
                {
                    argument = "1";
                }

                continue;
            }

            i++;
            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                throw new HtmlParseException($"Unclosed start tag \"{name}\" at byte offset {byteOffset(begin)}");
            }

            var value = ReadAttributeValue(text, ref i, byteOffset);
            if (i >= text.Length)
            {
                throw new HtmlParseException($"Unclosed start tag at byte offset {byteOffset(begin)}");
            }

            argument = ArgumentFor(name, attributeName, value) ?? argument;
        }

        if (i >= text.Length)
        {
            throw new HtmlParseException($"Unclosed start tag \"{name}\" at byte offset {byteOffset(begin)}");
        }

        if (name == "span" && argument != "spoiler")
        {
            throw new HtmlParseException($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {byteOffset(begin)}");
        }

        return (name, argument);
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\v' or '\f';

    public static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
    }

    private static string ReadAttributeName(string text, ref int i, string tag, int begin, Func<int, long> byteOffset)
    {
        var start = i;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('=' or '>' or '/' or '"' or '\''))
        {
            i++;
        }

        if (i == start)
        {
            throw new HtmlParseException($"Empty attribute name in the tag \"{tag}\" at byte offset {byteOffset(begin)}");
        }

        return text[start..i];
    }

    private static string ReadAttributeValue(string text, ref int i, Func<int, long> byteOffset)
    {
        if (text[i] is not ('"' or '\''))
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-'))
            {
                i++;
            }

            if (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
            {
                throw new HtmlParseException($"Unexpected end of name token at byte offset {byteOffset(start)}");
            }

            return text[start..i].ToLowerInvariant();
        }

        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            var code = text[i] == '&' ? HtmlCharacterReference.Decode(text, ref i) : 0;
            if (code != 0)
            {
                HtmlCharacterReference.Append(value, code);
                continue;
            }

            value.Append(text[i++]);
        }

        if (i < text.Length)
        {
            i++;
        }

        return value.ToString();
    }

    private static string? ArgumentFor(string tag, string attribute, string value) => (tag, attribute) switch
    {
        ("a", "href") => value,
        ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal) => value["language-".Length..],
        ("span", "class") when value.StartsWith("tg-", StringComparison.Ordinal) => value["tg-".Length..],
        ("tg-emoji", "emoji-id") => value,
        ("blockquote", "expandable") => "1",
        _ => null,
    };
}
