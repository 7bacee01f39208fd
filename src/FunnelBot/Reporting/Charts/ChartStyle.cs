using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>The look shared by every panel of the chart: inks, font sizes, a light grid, no frame clutter.</summary>
internal static class ChartStyle
{
    // Sizes in points of a chart laid out about a phone's width (see DigestChartRenderer): the size of the phone's own text.
    public const float PanelTitleSize = 17;
    public const float TickLabelSize = 15;
    public const float AxisLabelSize = 15;
    public const float ValueLabelSize = 15;
    public const float LegendSize = 14;

    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        plot.Title(title, PanelTitleSize);
        plot.Axes.Title.Label.ForeColor = ChartPalette.Ink;
        plot.Axes.Title.Label.Bold = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.TickLabelStyle.ForeColor = ChartPalette.MutedInk;
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.ForeColor = ChartPalette.MutedInk;
            axis.Label.Bold = false;
            axis.FrameLineStyle.Color = Color.FromHex("#C8C8C8");
            axis.MajorTickStyle.Color = Color.FromHex("#C8C8C8");
            axis.MinorTickStyle.Length = 0;
        }

        plot.Grid.MajorLineColor = Color.FromHex("#EBEBEB");
        return plot;
    }

    /// <summary>Turns a panel into a centred note (e.g. "no data") under its title, with no axes.</summary>
    public static void ShowNote(Plot plot, string note)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        plot.HideGrid();
        var text = plot.Add.Text(note, 0, 0);
        text.LabelFontSize = 18;
        text.LabelFontColor = ChartPalette.MutedInk;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }
}
