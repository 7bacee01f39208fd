using System.Globalization;
using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// The one-metric chart's plot: week positions 0..n-1 labelled with the weeks' dates (every other one when they would
/// crowd), the three lines with dots, each broken where a week has no figure.
/// </summary>
internal static class MetricTrendPanel
{
    /// <summary>The most week labels that fit the width side by side.</summary>
    private const int MostLabels = 7;

    public static Plot Create(MetricTrendData data, ChartLabels labels, CultureInfo culture)
    {
        var plot = ChartStyle.NewPlot(string.Empty);
        if (data.Weeks.All(week => week.Actual is null && week.Plan is null && week.LastYear is null))
        {
            ChartStyle.ShowNote(plot, labels.NoData);
            return plot;
        }

        // Last year first and actual last, so that the actual line is drawn on top.
        foreach (var (line, _, color, width, dashed) in LineLegend.Entries(labels).Reverse())
        {
            Func<MetricTrendWeek, decimal?> value = line switch
            {
                FigureLine.Actual => week => week.Actual,
                FigureLine.Plan => week => week.Plan,
                _ => week => week.LastYear,
            };
            AddRuns(plot, data.Weeks, value, color, width, dashed ? LinePattern.Dashed : LinePattern.Solid);
        }

        var every = (int)Math.Ceiling(data.Weeks.Count / (double)MostLabels);
        var shown = Enumerable.Range(0, data.Weeks.Count).Where(index => (data.Weeks.Count - 1 - index) % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. shown.Select(index => (double)index)], [.. shown.Select(index => data.Weeks[index].Label)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => ChartNumbers.AxisValue(value, data.Unit, data.IsRatio, labels, culture),
        };
        plot.Axes.SetLimitsX(-0.5, data.Weeks.Count - 0.5);
        plot.Axes.SetLimitsY(0, TopLimit(data));
        plot.HideLegend();
        return plot;
    }

    /// <summary>One line per run of weeks that have a figure, so that a missing week is a gap and never a 0.</summary>
    private static void AddRuns(Plot plot, IReadOnlyList<MetricTrendWeek> weeks, Func<MetricTrendWeek, decimal?> value, Color color, float width, LinePattern pattern)
    {
        var run = new List<(double Position, double Value)>();
        for (var index = 0; index <= weeks.Count; index++)
        {
            if (index < weeks.Count && value(weeks[index]) is { } figure)
            {
                run.Add((index, (double)figure));
                continue;
            }

            if (run.Count > 0)
            {
                double[] positions = [.. run.Select(point => point.Position)];
                double[] values = [.. run.Select(point => point.Value)];
                var line = plot.Add.Scatter(positions, values, color);
                line.LineWidth = width;
                line.LinePattern = pattern;
                line.MarkerSize = width + 5;
                run.Clear();
            }
        }
    }

    private static double TopLimit(MetricTrendData data)
    {
        var largest = data.Weeks
            .SelectMany(week => new[] { week.Actual, week.Plan, week.LastYear })
            .Select(value => value is { } number ? (double)number : 0)
            .DefaultIfEmpty(0)
            .Max();
        return largest > 0 ? largest * 1.15 : 1;
    }
}
