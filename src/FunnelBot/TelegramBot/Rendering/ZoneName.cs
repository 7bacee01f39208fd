using System.Globalization;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// The team's time zone as a person names it: the city of a zone the texts know ("Москва", "Екатеринбург"), else its
/// offset from UTC at the instant given ("UTC+4", "UTC−3:30").
/// </summary>
public static class ZoneName
{
    public static string For(TimeZoneInfo zone, DateTimeOffset now, CultureInfo culture)
    {
        if (BotTexts.Optional("zone." + zone.Id, culture) is { } city)
        {
            return city;
        }

        var offset = zone.GetUtcOffset(now);
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var magnitude = offset.Duration();
        var minutes = magnitude.Minutes == 0 ? string.Empty : ":" + magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return "UTC" + sign + ((int)magnitude.TotalHours).ToString(CultureInfo.InvariantCulture) + minutes;
    }
}
