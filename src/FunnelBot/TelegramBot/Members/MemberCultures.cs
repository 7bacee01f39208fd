using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// A member's language: from the configuration, else from their Telegram client's language_code, else the team's.
/// Only Russian and English exist; any other client language falls back to the team's locale.
/// </summary>
public sealed class MemberCultures
{
    private readonly TeamConfiguration _team;
    private readonly MemberBindingStore _bindings;

    public MemberCultures(TeamConfiguration team, MemberBindingStore bindings)
    {
        _team = team;
        _bindings = bindings;
    }

    public CultureInfo Team => BotTexts.CultureOf(_team.Team.Locale);

    public CultureInfo For(TeamMember? member, string? clientLanguage = null)
    {
        if (!string.IsNullOrWhiteSpace(member?.Locale))
        {
            return BotTexts.CultureOf(member.Locale);
        }

        var language = Supported(clientLanguage) ?? (member is null ? null : Supported(_bindings.ForMember(member.Key)?.LanguageCode));
        return language is null ? Team : BotTexts.CultureOf(language);
    }

    /// <summary>"ru", "en" or null, from an IETF tag such as "ru-RU" or "en-US".</summary>
    public static string? Supported(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag) || languageTag.Length < 2)
        {
            return null;
        }

        var language = languageTag[..2].ToLowerInvariant();
        return language is "ru" or "en" ? language : null;
    }
}
