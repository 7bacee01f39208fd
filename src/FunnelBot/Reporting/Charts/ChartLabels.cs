using System.Globalization;

namespace FunnelBot.Reporting.Charts;

/// <summary>The chart's own words in Russian and English, chosen by the culture's language (English unless Russian).</summary>
public sealed record ChartLabels(
    string WeekTitle,
    string MonthTitle,
    string WeekAttainment,
    string MonthAttainment,
    string Cumulative,
    string Headlines,
    string WeekAxis,
    string Actual,
    string Plan,
    string LastYear,
    string NoData,
    string Missing,
    string Thousands,
    string Millions)
{
    public static ChartLabels Russian { get; } = new(
        WeekTitle: "неделя {0}",
        MonthTitle: "итоги месяца: {0}",
        WeekAttainment: "Выполнение плана, %",
        MonthAttainment: "Выполнение плана, %",
        Cumulative: "с начала года",
        Headlines: "Ключевые показатели с начала года",
        WeekAxis: "Неделя",
        Actual: "Факт",
        Plan: "План",
        LastYear: "Прошлый год",
        NoData: "Нет данных",
        Missing: "нет данных",
        Thousands: " тыс.",
        Millions: " млн");

    public static ChartLabels English { get; } = new(
        WeekTitle: "week {0}",
        MonthTitle: "results of {0}",
        WeekAttainment: "Plan attainment, %",
        MonthAttainment: "Plan attainment, %",
        Cumulative: "year to date",
        Headlines: "Headline metrics, year to date",
        WeekAxis: "Week",
        Actual: "Actual",
        Plan: "Plan",
        LastYear: "Last year",
        NoData: "No data",
        Missing: "no data",
        Thousands: "K",
        Millions: "M");

    public static ChartLabels For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ru" ? Russian : English;
}
