using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// The two data files as export tables, in the layouts the readers accept (<see cref="DataFileLayout.Of"/>), so that
/// export then import is a round trip in either language and either format. Metrics come in configuration order; plans
/// as month rows, week overrides with notes, ratio targets as year rows. A Russian file has the metric's name beside
/// its key and the week's dates or the period in words beside its code. A plan's note is the only typed text; keys,
/// periods and numbers are validated on import and written as they are.
/// </summary>
public static class DataFileTables
{
    public static ExportTable Actuals(TeamConfiguration configuration, IEnumerable<WeeklyValue> values, FileLanguage language)
    {
        var layout = DataFileLayout.Of(DataFileKind.Actuals, language);
        var order = MetricOrder(configuration);
        var rows = values
            .OrderBy(value => Position(order, value.Metric)).ThenBy(value => value.Metric, StringComparer.Ordinal).ThenBy(value => value.Week)
            .Select(value => Row(layout, column => column switch
            {
                DataFileColumn.MetricKey => ExportCell.Of(value.Metric),
                DataFileColumn.MetricName => ExportCell.Of(MetricName(configuration, value.Metric, language)),
                DataFileColumn.Week => ExportCell.Of(value.Week.ToString()),
                DataFileColumn.WeekDates => ExportCell.Of(SpreadsheetPeriods.Week(value.Week)),
                _ => ExportCell.Of(value.Value),
            }));
        return new ExportTable(language == FileLanguage.Russian ? "Факты" : "Actuals", layout.Names, [.. rows]);
    }

    public static ExportTable Plans(TeamConfiguration configuration, IEnumerable<PlanEntry> plans, FileLanguage language)
    {
        var layout = DataFileLayout.Of(DataFileKind.Plans, language);
        var order = MetricOrder(configuration);
        var rows = plans
            .OrderBy(plan => Position(order, plan.Metric))
            .ThenBy(plan => plan.Metric, StringComparer.Ordinal)
            .ThenBy(plan => plan.Kind)
            .ThenBy(plan => plan.Year)
            .ThenBy(plan => plan.Number)
            .Select(plan => Row(layout, column => column switch
            {
                DataFileColumn.MetricKey => ExportCell.Of(plan.Metric),
                DataFileColumn.MetricName => ExportCell.Of(MetricName(configuration, plan.Metric, language)),
                DataFileColumn.Period => ExportCell.Of(plan.PeriodText),
                DataFileColumn.PeriodWords => ExportCell.Of(SpreadsheetPeriods.Period(plan.PeriodText)),
                DataFileColumn.Note => ExportCell.Typed(plan.Note),
                _ => ExportCell.Of(plan.Value),
            }));
        return new ExportTable(language == FileLanguage.Russian ? "Планы" : "Plans", layout.Names, [.. rows]);
    }

    /// <summary>The metric's name in the file's language; empty for a key the configuration no longer has.</summary>
    internal static string MetricName(TeamConfiguration configuration, string key, FileLanguage language) =>
        configuration.FindMetric(key)?.Names.For(language.Code()) ?? "";

    private static List<ExportCell> Row(DataFileLayout layout, Func<DataFileColumn, ExportCell> cell) => [.. layout.Columns.Select(cell)];

    private static Dictionary<string, int> MetricOrder(TeamConfiguration configuration) =>
        configuration.Metrics.Select((metric, index) => (metric.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);

    private static int Position(Dictionary<string, int> order, string metric) =>
        order.TryGetValue(metric, out var position) ? position : int.MaxValue;
}
