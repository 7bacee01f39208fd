using System.Globalization;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// The chart's title: the team and the week (<c>Маркетинг B2B — неделя 23–29 ноября</c>, or its numeric dates without a
/// <see cref="DigestChartData.PeriodName"/>) or the month (<c>Marketing — results of November 2026</c>), in the culture.
/// </summary>
public static class DigestChartTitle
{
    public static string For(DigestChartData data, ChartLabels labels, CultureInfo culture)
    {
        var period = data.Period == DigestChartPeriod.Month
            ? string.Format(culture, labels.MonthTitle, data.PeriodName ?? MonthName(data, culture))
            : string.Format(culture, labels.WeekTitle, data.PeriodName ?? WeekDates(data, culture));
        return $"{data.TeamName} — {period}";
    }

    private static string MonthName(DigestChartData data, CultureInfo culture)
    {
        var first = data.Month.FirstDay;
        var name = culture.DateTimeFormat.MonthNames[first.Month - 1];
        return string.Create(culture, $"{name} {first.Year}");
    }

    private static string WeekDates(DigestChartData data, CultureInfo culture) =>
        data.ReportWeek.Monday.ToString("d", culture) + " – " + data.ReportWeek.Sunday.ToString("d", culture);
}
