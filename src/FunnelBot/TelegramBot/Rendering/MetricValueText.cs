using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A metric's figure as text in the reader's culture. Entered values follow their unit; a ratio is a fraction,
/// shown x100 with a percent sign when its unit is <c>percent</c>. Undefined figures are a dash.
/// </summary>
public static class MetricValueText
{
    public const string Dash = "—";

    public static string Format(decimal? value, MetricDefinition metric, CultureInfo culture)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        if (!metric.IsRatio)
        {
            return NumberFormatting.Format(Math.Round(v, 2), metric.Unit, culture);
        }

        return metric.Unit switch
        {
            MetricUnit.Percent => NumberFormatting.Format(Math.Round(v * 100m, 1), MetricUnit.Percent, culture),
            MetricUnit.Money => NumberFormatting.Format(Math.Round(v, 2), MetricUnit.Money, culture),
            _ => Math.Round(v, 2).ToString("#,0.##", culture),
        };
    }

    /// <summary>Change against last year as a signed whole percent ("+12%"), or a dash.</summary>
    public static string Change(decimal? change, CultureInfo culture) =>
        change is { } c ? (c >= 0 ? "+" : string.Empty) + NumberFormatting.FormatAttainment(c, culture) : Dash;

    public static HtmlFragment Zone(Zone zone) => new(ZoneMarks.Of(zone));
}
