using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A count with its noun in the form the number needs: "1 неделю", "3 недели", "5 недель", "21 неделю"; "1 week",
/// "5 weeks". The text of the key holds the forms separated by "|" (English: one|other; Russian: one|few|many), each
/// with <c>{0}</c> for the count, written as the bot writes counts.
/// </summary>
public static class Plurals
{
    public static string Html(string key, int count, CultureInfo culture)
    {
        var forms = BotTexts.Template(key, culture).Split('|');
        var form = forms[Math.Min(FormOf(count, culture), forms.Length - 1)];
        return string.Format(culture, form, BotTexts.Escape(NumberFormatting.Format(count, MetricUnit.Count, culture)));
    }

    /// <summary>0 for the "one" form, 1 for "few" (Russian) or "other" (English), 2 for "many".</summary>
    private static int FormOf(int count, CultureInfo culture)
    {
        var whole = Math.Abs(count);
        if (culture.TwoLetterISOLanguageName != "ru")
        {
            return whole == 1 ? 0 : 1;
        }

        var (units, tens) = (whole % 10, whole % 100);
        return units == 1 && tens != 11 ? 0
            : units is >= 2 and <= 4 && tens is < 12 or > 14 ? 1
            : 2;
    }
}
