using System.Globalization;
using CsvHelper;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Writes the record files that are exported to read, not to import: the plan history, the causes of deviations and
/// the tasks. Times are UTC in ISO 8601; numbers are invariant with '.' decimals. Every text that people typed or
/// named (notes, titles, causes and their own words, who did what) goes through <see cref="SpreadsheetText.Guard"/>, so
/// that a spreadsheet shows it and never runs it as a formula.
/// </summary>
public static class RecordFileWriters
{
    public static readonly IReadOnlyList<string> PlanHistoryColumns =
        ["at_utc", "who", "source", "metric", "period", "old_value", "new_value", "old_note", "new_note"];

    public static readonly IReadOnlyList<string> CausesColumns =
        ["week", "metric", "kind", "deviation", "cause_codes", "cause_names", "other_text", "what_worked", "countermeasure_task", "no_countermeasure", "reported_by", "at_utc"];

    public static readonly IReadOnlyList<string> TasksColumns =
        ["number", "title", "owner", "created_by", "created_at_utc", "due", "status", "metric", "week", "closed_at_utc", "closed_by"];

    /// <summary>Every plan change, oldest first.</summary>
    public static void WritePlanHistory(TextWriter writer, IEnumerable<HistoryDocument> changes) =>
        Write(writer, PlanHistoryColumns, changes.Select(change => new[]
        {
            Time(change.At), Typed(change.Who), change.Source.ToString().ToLowerInvariant(), change.Metric, PeriodOf(change.DocumentId),
            Number(change.OldValue), Number(change.NewValue), Typed(change.OldNote), Typed(change.NewNote),
        }));

    /// <summary>Each recorded deviation by week and metric; cause names in <paramref name="language"/> (<c>ru</c> or <c>en</c>).</summary>
    public static void WriteCauses(TextWriter writer, IEnumerable<DeviationDocument> deviations, CauseCatalogue causes, string language) =>
        Write(writer, CausesColumns, deviations
            .OrderBy(deviation => deviation.IsoYear).ThenBy(deviation => deviation.Week).ThenBy(deviation => deviation.Metric, StringComparer.Ordinal)
            .Select(deviation => new[]
            {
                FormattableString.Invariant($"{deviation.IsoYear:D4}-W{deviation.Week:D2}"), deviation.Metric, deviation.Kind.ToString().ToLowerInvariant(),
                Number(deviation.Deviation), Typed(string.Join("; ", deviation.Causes)),
                Typed(string.Join("; ", deviation.Causes.Select(code => causes.Find(code)?.Names.For(language) ?? code))),
                Typed(deviation.OtherText), Typed(deviation.WhatWorked), deviation.TaskNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
                deviation.NoCountermeasure ? "yes" : "no", Typed(deviation.ReportedBy), Time(deviation.At),
            }));

    /// <summary>Every task by number.</summary>
    public static void WriteTasks(TextWriter writer, IEnumerable<WorkTaskDocument> tasks) =>
        Write(writer, TasksColumns, tasks.OrderBy(task => task.Id).Select(task => new[]
        {
            task.Id.ToString(CultureInfo.InvariantCulture), Typed(task.Title), Typed(task.Owner), Typed(task.CreatedBy), Time(task.CreatedAt), task.Due,
            task.Status.ToString().ToLowerInvariant(), task.Metric ?? "", task.Week ?? "", task.ClosedAt is { } closed ? Time(closed) : "", Typed(task.ClosedBy),
        }));

    private static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(writer, CsvRecords.WriterOptions, leaveOpen: true);
        WriteRow(csv, columns);
        foreach (var row in rows)
        {
            WriteRow(csv, row);
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

    /// <summary>The period of a plan's id <c>metric|period</c>.</summary>
    private static string PeriodOf(string documentId) =>
        documentId.LastIndexOf('|') is var bar and >= 0 ? documentId[(bar + 1)..] : documentId;

    private static string Typed(string? text) => SpreadsheetText.Guard(text);

    private static string Number(decimal? value) => value is { } number ? FileNumbers.Format(number) : "";

    private static string Time(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
