using System.Globalization;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>A test named in a command by its number, <c>3</c> or <c>#3</c>.</summary>
public static class AbTestNumber
{
    public static AbTestDocument? Find(string typed, AbTestStore tests) =>
        int.TryParse(typed.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? tests.Find(number) : null;
}
