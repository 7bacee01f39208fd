using System.Text;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Html;

/// <summary>
/// Parses Bot API HTML (parse_mode=HTML) into plain text and entities, refusing what Telegram refuses:
/// unsupported tags, unbalanced or unclosed tags, a bare '&lt;'. Like Telegram, an '&amp;' that does not start a
/// known character reference (e.g. &amp;nbsp;) stays in the text as it is.
/// </summary>
public static class HtmlEntityParser
{
    public static ParsedText Parse(string html)
    {
        var plain = new StringBuilder(html.Length);
        var entities = new List<MessageEntityInfo>();
        var open = new Stack<HtmlStartTag>();
        long ByteOffset(int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '&')
            {
                var position = i;
                var code = HtmlCharacterReference.Decode(html, ref position);
                if (code != 0)
                {
                    HtmlCharacterReference.Append(plain, code);
                    i = position - 1;
                    continue;
                }
            }

            if (c != '<')
            {
                plain.Append(c);
                continue;
            }

            var begin = i++;
            if (i >= html.Length || html[i] != '/')
            {
                var (name, argument) = HtmlTagReader.ReadStartTag(html, begin, ref i, ByteOffset);
                open.Push(new HtmlStartTag(name, argument, plain.Length));
                continue;
            }

            var tag = ReadEndTag(html, begin, ref i, open, ByteOffset);
            AddEntity(entities, tag, plain);
        }

        if (open.Count > 0)
        {
            throw new HtmlParseException($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        var text = plain.ToString();
        if (HasLoneSurrogate(text))
        {
            throw new HtmlParseException("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units");
        }

        var sorted = entities.Select(DropCodeLanguage).OrderBy(e => e.Offset).ThenByDescending(e => e.Length).ToList();
        return new ParsedText(text, sorted);
    }

    private static HtmlStartTag ReadEndTag(string html, int begin, ref int i, Stack<HtmlStartTag> open, Func<int, long> byteOffset)
    {
        if (open.Count == 0)
        {
            throw new HtmlParseException($"Unexpected end tag at byte offset {byteOffset(begin)}");
        }

        while (i < html.Length && !HtmlTagReader.IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        var endName = html[(begin + 2)..i].ToLowerInvariant();
        HtmlTagReader.SkipSpaces(html, ref i);
        if (i >= html.Length || html[i] != '>')
        {
            throw new HtmlParseException($"Unclosed end tag at byte offset {byteOffset(begin)}");
        }

        var tag = open.Peek();
        if (endName.Length > 0 && endName != tag.Name)
        {
            throw new HtmlParseException(
                $"Unmatched end tag at byte offset {byteOffset(begin)}, expected \"</{tag.Name}>\", found \"</{endName}>\"");
        }

        return open.Pop();
    }

    private static void AddEntity(List<MessageEntityInfo> entities, HtmlStartTag tag, StringBuilder plain)
    {
        var offset = tag.PlainOffset;
        var length = plain.Length - offset;
        if (length <= 0)
        {
            return;
        }

        var last = entities.Count > 0 ? entities[^1] : null;
        var sameSpan = last is not null && last.Offset == offset && last.Length == length;
        switch (tag.Name)
        {
            case "pre" when sameSpan && last!.Type == "code" && !string.IsNullOrEmpty(last.Language):
                entities[^1] = last with { Type = "pre" };
                return;
            case "code" when sameSpan && last!.Type == "pre" && tag.Argument.Length > 0:
                entities[^1] = last with { Language = tag.Argument };
                return;
            case "code":
                entities.Add(new MessageEntityInfo("code", offset, length, Language: tag.Argument.Length > 0 ? tag.Argument : null));
                return;
            case "a":
                var url = tag.Argument.Length > 0 ? tag.Argument : plain.ToString(offset, length);
                entities.Add(new MessageEntityInfo("text_link", offset, length, Url: url));
                return;
            case "tg-emoji":
                if (!long.TryParse(tag.Argument, System.Globalization.CultureInfo.InvariantCulture, out var emojiId) || emojiId == 0)
                {
                    throw new HtmlParseException("Invalid custom emoji identifier specified");
                }

                entities.Add(new MessageEntityInfo("custom_emoji", offset, length, CustomEmojiId: tag.Argument));
                return;
            case "tg-time":
                return;
            default:
                entities.Add(new MessageEntityInfo(SimpleType(tag), offset, length));
                return;
        }
    }

    private static string SimpleType(HtmlStartTag tag) => tag.Name switch
    {
        "b" or "strong" => "bold",
        "i" or "em" => "italic",
        "u" or "ins" => "underline",
        "s" or "strike" or "del" => "strikethrough",
        "tg-spoiler" or "span" => "spoiler",
        "pre" => "pre",
        _ => tag.Argument.Length > 0 ? "expandable_blockquote" : "blockquote",
    };

    private static MessageEntityInfo DropCodeLanguage(MessageEntityInfo entity) =>
        entity.Type == "code" && entity.Language is not null ? entity with { Language = null } : entity;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
