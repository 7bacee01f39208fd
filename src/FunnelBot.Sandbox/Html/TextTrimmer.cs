namespace FunnelBot.Sandbox.Html;

/// <summary>
/// Trims a message text as Telegram does after parsing: trailing whitespace always, leading spaces and newlines
/// up to the first entity; entities are shifted and clipped to match.
/// </summary>
public static class TextTrimmer
{
    public static ParsedText Trim(ParsedText parsed)
    {
        var text = parsed.Text;
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var firstEntity = parsed.Entities.Count == 0 ? end : Math.Min(end, parsed.Entities.Min(e => e.Offset));
        var start = 0;
        while (start < firstEntity && text[start] is ' ' or '\n')
        {
            start++;
        }

        if (start == 0 && end == text.Length)
        {
            return parsed;
        }

        var entities = parsed.Entities
            .Where(e => e.Offset < end)
            .Select(e => e with { Offset = e.Offset - start, Length = Math.Min(e.Offset + e.Length, end) - e.Offset })
            .Where(e => e.Length > 0)
            .ToList();
        return new ParsedText(text[start..end], entities);
    }
}
