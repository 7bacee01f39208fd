using FunnelBot.Domain.Scorecard;
using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>The chart's colours: one per zone, one per cumulative line, and the neutral inks.</summary>
public static class ChartPalette
{
    public static Color Green { get; } = Color.FromHex("#2E9E4F");

    public static Color Yellow { get; } = Color.FromHex("#E8B400");

    public static Color Red { get; } = Color.FromHex("#D93B3B");

    public static Color None { get; } = Color.FromHex("#A8A8A8");

    public static Color ActualLine { get; } = Color.FromHex("#1F5FAD");

    public static Color PlanLine { get; } = Color.FromHex("#E07B00");

    public static Color LastYearLine { get; } = Color.FromHex("#9A9A9A");

    public static Color Ink { get; } = Color.FromHex("#222222");

    public static Color MutedInk { get; } = Color.FromHex("#666666");

    public static Color Background { get; } = Colors.White;

    public static Color ZoneColor(Zone zone) => zone switch
    {
        Zone.Green => Green,
        Zone.Yellow => Yellow,
        Zone.Red => Red,
        _ => None,
    };
}
