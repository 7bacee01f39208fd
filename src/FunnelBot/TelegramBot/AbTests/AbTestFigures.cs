using System.Globalization;
using FunnelBot.AbTesting;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// How an A/B test's figures are written: counts and rates as every count and percentage of the bot
/// (<see cref="NumberFormatting"/>), Fisher's p with four decimals, a probability and an expected loss as percentages
/// (the loss in points of conversion rate).
/// </summary>
public static class AbTestFigures
{
    public static string Count(long value, CultureInfo culture) => NumberFormatting.Format(value, MetricUnit.Count, culture);

    public static string Rate(VariantCounts counts, CultureInfo culture) =>
        counts.Rate is { } rate ? Percent(rate, culture) : NumberFormatting.NoValue;

    /// <summary>A share of 1 (0.9314) as a percentage with up to two decimals (93,14 %).</summary>
    public static string Percent(double share, CultureInfo culture) =>
        NumberFormatting.Format(Math.Round((decimal)share * 100m, 2, MidpointRounding.AwayFromZero), MetricUnit.Percent, culture);

    /// <summary>Fisher's p with four decimals; below 0.0001 written so.</summary>
    public static string P(double p, CultureInfo culture) =>
        p < 0.0001 ? "< " + 0.0001.ToString("0.0000", culture) : p.ToString("0.0000", culture);
}
