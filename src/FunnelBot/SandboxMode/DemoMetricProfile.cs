using FunnelBot.Domain.Scorecard;

namespace FunnelBot.SandboxMode;

/// <summary>
/// A metric's usual weekly level in the demo team (this year's plan at a month with seasonality 1.0). The shipped
/// metrics have hand-picked levels that fit together (leads from the channels add up to the CRM total, qualified
/// leads are about 40% of them, and so on); any other metric gets a level from its stage and unit.
/// </summary>
internal static class DemoMetricProfile
{
    private static readonly Dictionary<string, decimal> ShippedLevels = new(StringComparer.Ordinal)
    {
        ["ad_impressions"] = 120_000m,
        ["ad_clicks"] = 1_800m,
        ["ad_spend"] = 90_000m,
        ["ad_leads"] = 36m,
        ["calls_held"] = 150m,
        ["call_leads"] = 18m,
        ["mailings_sent"] = 3m,
        ["unsubscribes"] = 40m,
        ["mail_leads"] = 12m,
        ["event_contacts"] = 60m,
        ["event_leads"] = 10m,
        ["leads"] = 76m,
        ["qualified_leads"] = 30m,
        ["leads_contacted_late"] = 4m,
        ["opportunities"] = 12m,
        ["orders"] = 3m,
        ["revenue"] = 2_400_000m,
    };

    /// <summary>
    /// B2B seasonality by calendar month: the New Year holidays, a May dip, a summer low, the autumn peak and a
    /// quieter December.
    /// </summary>
    private static readonly decimal[] MonthFactors = [0.60m, 0.90m, 1.05m, 1.05m, 0.90m, 0.90m, 0.75m, 0.75m, 1.10m, 1.20m, 1.15m, 0.80m];

    public static decimal Season(int month) => MonthFactors[month - 1];

    public static decimal WeeklyLevel(MetricDefinition metric) =>
        ShippedLevels.TryGetValue(metric.Key, out var level) ? level : metric.Unit switch
        {
            MetricUnit.Percent => 30m,
            MetricUnit.Money when metric.Stage == FunnelStage.Revenue => 1_000_000m,
            MetricUnit.Money => 50_000m,
            _ => metric.Stage switch
            {
                FunnelStage.Reach => 1_000m,
                FunnelStage.Contact => 200m,
                FunnelStage.Interest => 40m,
                FunnelStage.Qualified => 15m,
                FunnelStage.Opportunity => 8m,
                _ => 3m,
            },
        };

    /// <summary>Rounds a figure the way people plan and report it: whole counts, money to a sensible step, percents to 0.1.</summary>
    public static decimal Round(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Count => Math.Max(0m, Math.Round(value, MidpointRounding.AwayFromZero)),
        MetricUnit.Percent => Math.Clamp(Math.Round(value, 1), 0m, 100m),
        _ => Math.Max(0m, value >= 100_000m ? Math.Round(value / 1_000m) * 1_000m : Math.Round(value / 10m) * 10m),
    };

    /// <summary>Two significant digits, as a target is usually set (0.39, 2,500).</summary>
    public static decimal RoundTwoDigits(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)value));
        var step = (decimal)Math.Pow(10, magnitude - 1);
        return Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
    }
}
