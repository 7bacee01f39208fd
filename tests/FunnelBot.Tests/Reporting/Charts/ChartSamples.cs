using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>Chart data made by hand for renderer tests: bars with chosen zones, smooth cumulative series.</summary>
public static class ChartSamples
{
    public static readonly IsoWeek Week48 = new(2026, 48);

    public static DigestChartData WithBars(params AttainmentBar[] bars) =>
        new("Marketing", DigestChartPeriod.Week, Week48, bars, [Series("leads", "Leads", 120, 125, 100)]);

    public static AttainmentBar Bar(string name, decimal? attainment, Zone zone) => new(name.ToLowerInvariant(), name, attainment, zone);

    /// <summary>Twenty metrics in every zone and three headline series, as in a full digest.</summary>
    public static DigestChartData Full(string teamName = "Маркетинг B2B", DigestChartPeriod period = DigestChartPeriod.Week)
    {
        string[] names =
        [
            "Показы рекламы", "Клики по рекламе", "Лиды", "Квалифицированные лиды", "Доля квалифицированных",
            "Звонки", "Встречи", "Стоимость лида", "Заказы", "Выручка",
        ];
        decimal?[] attainments = [1.12m, 0.93m, 0.71m, 1.05m, 0.95m, 2.6m, null, 0.88m, 1.0m, 0.97m];
        Zone[] zones = [Zone.Green, Zone.Yellow, Zone.Red, Zone.Green, Zone.Yellow, Zone.Green, Zone.Green, Zone.Red, Zone.Green, Zone.Yellow];
        var bars = Enumerable.Range(0, 20)
            .Select(i => new AttainmentBar($"m{i}", names[i % 10] + (i >= 10 ? " 2" : string.Empty), attainments[i % 10], zones[i % 10]))
            .ToList();
        return new DigestChartData(
            teamName,
            period,
            Week48,
            bars,
            [Series("revenue", "Выручка", 1_250_000, 1_300_000, 1_000_000), Series("leads", "Лиды", 120, 125, 100), Series("orders", "Заказы", 14, 13, 11)]);
    }

    /// <summary>Weeks 1..48: actual wobbling around <paramref name="weekly"/>, plan from week 3, last year a little lower.</summary>
    public static CumulativeSeries Series(string key, string name, decimal weekly, decimal plan, decimal lastYear)
    {
        var points = new List<CumulativePoint>();
        decimal actual = 0, planned = 0, previous = 0;
        for (var week = 1; week <= 48; week++)
        {
            actual += weekly * (0.8m + (0.4m * (week % 5) / 4));
            planned += week >= 3 ? plan : 0;
            previous += lastYear;
            points.Add(new CumulativePoint(week, actual, week >= 3 ? planned : null, previous));
        }

        return new CumulativeSeries(key, name, MetricUnit.Count, IsRatio: false, points);
    }
}
