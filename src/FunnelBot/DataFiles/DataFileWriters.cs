using CsvHelper;
using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Writes the data files in the formats the readers accept, so that export then import is a round trip.
/// Metrics come in configuration order; plans as month rows, week overrides with notes, ratio targets as year rows.
/// A plan's note is the only free text: it goes through <see cref="SpreadsheetText.Guard"/> (and the plans reader through
/// <see cref="SpreadsheetText.Unguard"/>); keys, periods and numbers are validated on import and written as they are.
/// </summary>
public static class DataFileWriters
{
    public static void WriteActuals(TextWriter writer, TeamConfiguration configuration, IEnumerable<WeeklyValue> values)
    {
        using var csv = CsvWriter.Create(writer, CsvRecords.WriterOptions, leaveOpen: true);
        WriteRow(csv, DataFileFormat.ActualsColumns);
        var order = MetricOrder(configuration);
        foreach (var value in values.OrderBy(value => Position(order, value.Metric)).ThenBy(value => value.Metric, StringComparer.Ordinal).ThenBy(value => value.Week))
        {
            WriteRow(csv, [value.Metric, value.Week.ToString(), FileNumbers.Format(value.Value)]);
        }

        csv.Flush();
    }

    public static void WritePlans(TextWriter writer, TeamConfiguration configuration, IEnumerable<PlanEntry> plans)
    {
        using var csv = CsvWriter.Create(writer, CsvRecords.WriterOptions, leaveOpen: true);
        WriteRow(csv, DataFileFormat.PlansColumns);
        var order = MetricOrder(configuration);
        var sorted = plans
            .OrderBy(plan => Position(order, plan.Metric))
            .ThenBy(plan => plan.Metric, StringComparer.Ordinal)
            .ThenBy(plan => plan.Kind)
            .ThenBy(plan => plan.Year)
            .ThenBy(plan => plan.Number);
        foreach (var plan in sorted)
        {
            WriteRow(csv, [plan.Metric, plan.PeriodText, FileNumbers.Format(plan.Value), SpreadsheetText.Guard(plan.Note)]);
        }

        csv.Flush();
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }

    private static Dictionary<string, int> MetricOrder(TeamConfiguration configuration) =>
        configuration.Metrics.Select((metric, index) => (metric.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);

    private static int Position(Dictionary<string, int> order, string metric) =>
        order.TryGetValue(metric, out var position) ? position : int.MaxValue;
}
