using System.Globalization;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// How a Telegram account is shown to a manager who must tell people apart: <c>@anna_smirnova (Anna S., id 123)</c>.
/// Plain text: escape it where it goes into HTML.
/// </summary>
public static class TelegramIdentity
{
    public static string Describe(User user) => Describe(user.Username, NameOf(user), user.Id);

    public static string Describe(string? username, string telegramName, long userId)
    {
        var id = "id " + userId.ToString(CultureInfo.InvariantCulture);
        var name = telegramName.Trim();
        var details = name.Length == 0 ? id : $"{name}, {id}";
        if (!string.IsNullOrWhiteSpace(username))
        {
            return $"@{username} ({details})";
        }

        return name.Length == 0 ? id : $"{name} ({id})";
    }

    /// <summary>First and last name as the account shows them.</summary>
    public static string NameOf(User user) => string.Join(' ', new[] { user.FirstName, user.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
