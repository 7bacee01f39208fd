using System.Text;

namespace FunnelBot.Domain.Naming;

/// <summary>
/// How a person names a metric or a member in a command: by its key or any of its names, whole or by a prefix of the
/// name or of one of its words («клики» for «Клики по рекламе», «рекл» too), ignoring case, ё/е and repeated spaces.
/// An exact match (the key or a whole name) wins over prefixes; several prefix matches are ambiguous.
/// </summary>
public static class NameMatching
{
    private static readonly char[] Quotes = ['«', '»', '"', '“', '”', '„'];

    /// <summary>Lower case (invariant), ё → е, spaces and underscores collapsed to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || c == '_')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c == 'ё' ? 'е' : c);
        }

        return builder.ToString();
    }

    /// <summary>A match of nothing.</summary>
    public static NameMatch<T> Nothing<T>() => new([], Exact: false);

    /// <summary>The items the text names (see the class summary); none for an empty text.</summary>
    public static NameMatch<T> Match<T>(string text, IReadOnlyList<NameCandidate<T>> candidates)
    {
        var query = Normalize(Unquote(text));
        if (query.Length == 0)
        {
            return Nothing<T>();
        }

        var exact = candidates.Where(c => c.Names.Any(name => Normalize(name) == query)).Select(c => c.Item).ToList();
        if (exact.Count > 0)
        {
            return new NameMatch<T>(exact, Exact: true);
        }

        var prefix = candidates.Where(c => c.Names.Any(name => StartsAtWord(Normalize(name), query))).Select(c => c.Item).ToList();
        return new NameMatch<T>(prefix, Exact: false);
    }

    /// <summary>
    /// The name at the start of <paramref name="arguments"/>, leaving at least <paramref name="wordsAfter"/> words for what
    /// follows: a quoted name («клики по рекламе» or "..."), or else the most leading words that match exactly, or else
    /// the most that match at all; with no match, the words before the first one that starts with a digit (at most as
    /// many as leave <paramref name="wordsAfter"/>) and nothing found.
    /// </summary>
    public static LeadingName<T> Leading<T>(string arguments, IReadOnlyList<NameCandidate<T>> candidates, int wordsAfter)
    {
        var trimmed = arguments.Trim();
        if (trimmed.Length > 0 && Array.IndexOf(Quotes, trimmed[0]) >= 0)
        {
            var close = trimmed.IndexOfAny(Quotes, 1);
            if (close > 0)
            {
                var quoted = trimmed[1..close].Trim();
                return new LeadingName<T>(quoted, Match(quoted, candidates), trimmed[(close + 1)..].Trim());
            }
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new LeadingName<T>(string.Empty, Nothing<T>(), string.Empty);
        }

        var most = Math.Max(1, words.Length - wordsAfter);
        LeadingName<T>? widest = null;
        for (var count = most; count >= 1; count--)
        {
            var typed = string.Join(' ', words[..count]);
            var match = Match(typed, candidates);
            var leading = new LeadingName<T>(typed, match, string.Join(' ', words[count..]));
            if (match.Exact)
            {
                return leading;
            }

            if (!match.IsNone && widest is null)
            {
                widest = leading;
            }
        }

        if (widest is not null)
        {
            return widest;
        }

        // Nothing matched: the name is taken to end where the arguments start (the first word from a digit: a week, a
        // date, a value), so that a choice puts the right metric in its place.
        var end = Array.FindIndex(words, 1, word => char.IsAsciiDigit(word[0]));
        var length = end < 0 ? most : Math.Min(end, most);
        return new LeadingName<T>(string.Join(' ', words[..length]), Nothing<T>(), string.Join(' ', words[length..]));
    }

    /// <summary>The text without the quotes around it.</summary>
    public static string Unquote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 2 && Array.IndexOf(Quotes, trimmed[0]) >= 0 && Array.IndexOf(Quotes, trimmed[^1]) >= 0 ? trimmed[1..^1] : trimmed;
    }

    private static bool StartsAtWord(string name, string query)
    {
        for (var start = 0; start < name.Length; start = name.IndexOf(' ', start) + 1)
        {
            if (string.CompareOrdinal(name, start, query, 0, query.Length) == 0 && name.Length - start >= query.Length)
            {
                return true;
            }

            if (name.IndexOf(' ', start) < 0)
            {
                break;
            }
        }

        return false;
    }
}
