using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// The period of a plan as people read it at the start of a line: "Декабрь 2026", "Неделя 7–13 декабря 2026",
/// "2026 год" (the codes 2026-12 and 2026-W50 stay in files and commands).
/// </summary>
public static class PlanPeriodText
{
    public static string Of(PlanEntry entry, CultureInfo culture) => entry.Kind switch
    {
        PlanKind.Month => Month(new YearMonth(entry.Year, entry.Number), culture),
        PlanKind.WeekOverride => string.Format(culture, BotTexts.Template("plan.period_week", culture), PeriodNames.WeekWithYear(new IsoWeek(entry.Year, entry.Number), culture)),
        _ => PeriodNames.Year(entry.Year, culture),
    };

    public static string Month(YearMonth month, CultureInfo culture) => PeriodNames.Capitalized(PeriodNames.Month(month, culture), culture);
}
