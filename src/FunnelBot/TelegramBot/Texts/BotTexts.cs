using System.Globalization;
using System.Resources;

namespace FunnelBot.TelegramBot.Texts;

/// <summary>
/// Every text the bot sends, in Russian and English, from resources (<c>BotTexts.resx</c>, <c>BotTexts.ru.resx</c>).
/// Templates are Telegram HTML; arguments are escaped unless they are an <see cref="HtmlFragment"/>, so text that
/// users typed can never break a message.
/// </summary>
public sealed class BotTexts
{
    private static readonly ResourceManager Resources = new("FunnelBot.TelegramBot.Texts.BotTexts", typeof(BotTexts).Assembly);

    public static CultureInfo Russian { get; } = CultureInfo.GetCultureInfo("ru-RU");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The culture of a language code (<c>ru</c> or anything else meaning English).</summary>
    public static CultureInfo CultureOf(string? language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? Russian : English;

    /// <summary>The template for a key, as HTML; throws for a key that does not exist, so a typo fails tests.</summary>
    public static string Template(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}'.");

    /// <summary>The text of a key that may be missing (a table the texts fill only in part, such as zone names).</summary>
    public static string? Optional(string key, CultureInfo culture) => Resources.GetString(key, culture);

    /// <summary>A template filled with its arguments: strings and numbers escaped, fragments kept as they are.</summary>
    public static string Html(string key, CultureInfo culture, params object?[] arguments)
    {
        var safe = arguments.Select(argument => argument switch
        {
            HtmlFragment fragment => fragment.Html,
            null => string.Empty,
            IFormattable formattable => Escape(formattable.ToString(null, culture)),
            _ => Escape(argument.ToString() ?? string.Empty),
        }).ToArray<object?>();
        return string.Format(culture, Template(key, culture), safe);
    }

    /// <summary>
    /// Escapes text for Telegram's HTML parse mode: the four characters it reserves, after taking out the invisible
    /// controls (<see cref="EchoSafeText"/>), so every echo of typed text is covered by the one path that escapes it.
    /// </summary>
    public static string Escape(string text) =>
        EchoSafeText.Neutralise(text).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
}

/// <summary>A piece of already safe Telegram HTML that <see cref="BotTexts.Html"/> must not escape again.</summary>
public sealed record HtmlFragment(string Html);
