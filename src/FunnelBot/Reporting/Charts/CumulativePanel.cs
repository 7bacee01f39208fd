using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace FunnelBot.Reporting.Charts;

/// <summary>One headline metric's year to date by ISO week: actual (solid), plan (dashed) and last year (grey).</summary>
internal static class CumulativePanel
{
    private const int LongestName = 16;

    public static Plot Create(CumulativeSeries series, ChartLabels labels, CultureInfo culture)
    {
        var plot = ChartStyle.NewPlot(series.Name.Length <= LongestName ? series.Name : series.Name[..(LongestName - 1)] + "…");
        plot.Axes.Title.Label.FontSize = ChartStyle.PanelTitleSize - 1;
        plot.XLabel(labels.WeekAxis, ChartStyle.AxisLabelSize);
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Bottom.Label.ForeColor = ChartPalette.MutedInk;

        AddLine(plot, series, point => point.LastYear, labels.LastYear, ChartPalette.LastYearLine, 2, LinePattern.Solid);
        AddLine(plot, series, point => point.Plan, labels.Plan, ChartPalette.PlanLine, 2, LinePattern.Dashed);
        AddLine(plot, series, point => point.Actual, labels.Actual, ChartPalette.ActualLine, 3, LinePattern.Solid);

        var lastWeek = series.Points.Count == 0 ? 1 : series.Points[^1].Week;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = week => week.ToString("0", culture),
        };
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = value => ChartNumbers.AxisValue(value, series.Unit, series.IsRatio, labels, culture),
        };
        plot.Axes.SetLimitsX(lastWeek > 1 ? 1 : 0.5, lastWeek > 1 ? lastWeek : 1.5);
        plot.Axes.SetLimitsY(0, TopLimit(series));

        plot.HideLegend();
        return plot;
    }

    private static void AddLine(
        Plot plot, CumulativeSeries series, Func<CumulativePoint, decimal?> value, string legend, Color color, float width, LinePattern pattern)
    {
        var points = series.Points.Where(point => value(point) is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        double[] weeks = [.. points.Select(point => (double)point.Week)];
        double[] values = [.. points.Select(point => (double)value(point)!.Value)];
        var line = plot.Add.ScatterLine(weeks, values, color);
        line.LineWidth = width;
        line.LinePattern = pattern;
        line.LegendText = legend;
    }

    private static double TopLimit(CumulativeSeries series)
    {
        var largest = series.Points
            .SelectMany(point => new[] { point.Actual, point.Plan, point.LastYear })
            .Select(value => value is { } number ? (double)number : 0)
            .DefaultIfEmpty(0)
            .Max();
        return largest > 0 ? largest * 1.12 : 1;
    }
}
