using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>The one bound of every stored value (<see cref="UnitRules.MaxValue"/>) as a refusal names it, in the reader's culture.</summary>
public static class ValueLimitText
{
    public static string For(CultureInfo culture) => NumberFormatting.Format(UnitRules.MaxValue, MetricUnit.Count, culture);
}
