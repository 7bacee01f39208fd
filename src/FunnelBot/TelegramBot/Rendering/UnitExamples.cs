using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>An example of a valid answer for each unit, written in the reader's culture.</summary>
public static class UnitExamples
{
    public static string For(MetricUnit unit, CultureInfo culture) => unit switch
    {
        MetricUnit.Money => NumberFormatting.Format(1234.5m, MetricUnit.Money, culture),
        MetricUnit.Percent => 42.5m.ToString("0.#", culture),
        _ => NumberFormatting.Format(12m, MetricUnit.Count, culture),
    };
}
