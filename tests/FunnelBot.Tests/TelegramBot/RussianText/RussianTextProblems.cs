using System.Text.RegularExpressions;

namespace FunnelBot.Tests.TelegramBot.RussianText;

/// <summary>
/// What a Russian editor would strike in a text the bot writes: English words (outside commands, @mentions, code and
/// file formats), gender hedges like "поставил(а)", doubled or misplaced punctuation, and text keys or week codes
/// that reached the reader.
/// </summary>
public static partial class RussianTextProblems
{
    /// <summary>Latin words a Russian message may hold: names of products and file formats.</summary>
    private static readonly HashSet<string> AllowedLatin = new(StringComparer.Ordinal)
    {
        "FunnelBot", "Telegram", "CSV", "Excel", "UTF", "ISO", "ID", "id", "xlsx", "csv",
    };

    /// <summary>What stands for a left-out piece: no letter, so that no word rule matches it.</summary>
    private const string Neutral = "§";

    /// <summary>The problems of <paramref name="text"/>, each as a short description with the offending piece.</summary>
    public static IReadOnlyList<string> Of(string text, bool template)
    {
        var problems = new List<string>();
        var plain = Readable(text, template);
        foreach (Match word in LatinWord().Matches(plain))
        {
            if (!AllowedLatin.Contains(word.Value) && !IsAbbreviation(word.Value))
            {
                problems.Add($"English word '{word.Value}'");
            }
        }

        foreach (Match hedge in GenderHedge().Matches(plain))
        {
            problems.Add($"gender hedge '{hedge.Value}'");
        }

        foreach (Match doubled in DoubledPunctuation().Matches(plain))
        {
            problems.Add($"doubled punctuation '{doubled.Value}'");
        }

        foreach (Match space in SpaceBeforePunctuation().Matches(plain))
        {
            problems.Add($"space before punctuation '{space.Value}'");
        }

        foreach (Match key in TextKey().Matches(plain))
        {
            problems.Add($"text key '{key.Value}'");
        }

        return problems;
    }

    /// <summary>
    /// The text a reader reads as words: without HTML tags, code, commands, @mentions, links, placeholders and the
    /// ISO codes that are accepted as input (these are checked apart: see <see cref="WeekCodes"/>).
    /// </summary>
    private static string Readable(string text, bool template)
    {
        // What is left out stands as one neutral word, so that the punctuation around it reads as it did.
        var plain = Code().Replace(text, Neutral);
        plain = Tag().Replace(plain, string.Empty);
        plain = plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal);
        plain = Link().Replace(plain, Neutral);
        plain = Command().Replace(plain, Neutral);
        plain = Mention().Replace(plain, Neutral);
        plain = IsoCode().Replace(plain, Neutral);
        if (template)
        {
            plain = Placeholder().Replace(plain, Neutral);
        }

        return plain;
    }

    /// <summary>An abbreviation in capitals (CRM, CTR, IV): a name people say as it is, not an English word.</summary>
    private static bool IsAbbreviation(string word) => word.All(char.IsUpper);

    /// <summary>Whether the text has words of its own once placeholders, tags, commands and codes are left out.</summary>
    public static bool HasWords(string template)
    {
        var plain = Readable(template, template: true);
        return LatinWord().Matches(plain).Any(word => !AllowedLatin.Contains(word.Value) && !IsAbbreviation(word.Value)) || plain.Any(c => c is >= 'а' and <= 'я' or 'ё');
    }

    /// <summary>ISO week codes in a text people read ("2026-W48"): only files and accepted input may show them.</summary>
    public static IReadOnlyList<string> WeekCodes(string text) =>
        [.. WeekCode().Matches(Code().Replace(text, " ")).Select(m => m.Value)];

    [GeneratedRegex(@"<code>.*?</code>", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"</?[a-z]+(\s[^>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"https?://\S+|t\.me/\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w/])/[a-z_]+(@\w+)?")]
    private static partial Regex Command();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\b\d{4}-(W\d{1,2}|Q[1-4]|\d{2})\b|\b\d{4}\b")]
    private static partial Regex IsoCode();

    [GeneratedRegex(@"\b\d{4}-W\d{2}\b")]
    private static partial Regex WeekCode();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z]+\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[а-яё]\((а|я|ая|яя|ое|ее|ые|ие|и|ы|ла|ло|ли|ся|ась)\)", RegexOptions.IgnoreCase)]
    private static partial Regex GenderHedge();

    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)|,,|;;|::|!!|\?\?|[.,;:][,;]|,\.|;\.")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"[^\S\n]+[,.;:!?](?![.\w])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\b[a-z]+\.[a-z_]+(\.[a-z_]+)*\b")]
    private static partial Regex TextKey();
}
