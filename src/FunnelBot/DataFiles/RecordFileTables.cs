using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// The record files that are exported to read, not to import: the plan history, the causes of deviations and the
/// tasks, as export tables. In English: codes, times in UTC as ISO 8601, dates as ISO, the column names scripts read.
/// In Russian: Russian column names, the metric's name beside its key and the week's dates beside its code, words
/// instead of codes (<c>хуже плана</c>, <c>открыта</c>, <c>да</c>), times in UTC and dates as a Russian spreadsheet
/// writes them (<c>27.11.2026 12:00:00</c>, <c>04.12.2026</c>). Every text that people typed or named (notes, titles,
/// causes and their own words, who did what) is typed text, which a CSV file guards (<see cref="SpreadsheetText.Guard"/>).
/// </summary>
public static class RecordFileTables
{
    public static readonly IReadOnlyList<string> PlanHistoryColumns =
        ["at_utc", "who", "source", "metric", "period", "old_value", "new_value", "old_note", "new_note"];

    public static readonly IReadOnlyList<string> CausesColumns =
        ["week", "metric", "kind", "deviation", "cause_codes", "cause_names", "other_text", "what_worked", "countermeasure_task", "no_countermeasure", "reported_by", "at_utc"];

    public static readonly IReadOnlyList<string> TasksColumns =
        ["number", "title", "owner", "created_by", "created_at_utc", "due", "status", "metric", "week", "closed_at_utc", "closed_by"];

    private static readonly IReadOnlyList<string> PlanHistoryColumnsRu =
        ["Когда (UTC)", "Кто", "Откуда", "Код метрики", "Метрика", "Код периода", "Период", "Было", "Стало", "Примечание было", "Примечание стало"];

    private static readonly IReadOnlyList<string> CausesColumnsRu =
        ["Код недели", "Неделя", "Код метрики", "Метрика", "Отклонение", "Факт минус план", "Коды причин", "Причины", "Своими словами", "Что сработало", "Задача-контрмера", "Без контрмеры", "Кто сообщил", "Когда (UTC)"];

    private static readonly IReadOnlyList<string> TasksColumnsRu =
        ["Номер", "Задача", "Ответственный", "Кто поставил", "Поставлена (UTC)", "Срок", "Статус", "Код метрики", "Метрика", "Код недели", "Неделя", "Закрыта (UTC)", "Кто закрыл"];

    /// <summary>Every plan change, oldest first.</summary>
    public static ExportTable PlanHistory(IEnumerable<HistoryDocument> changes, TeamConfiguration configuration, FileLanguage language)
    {
        var russian = language == FileLanguage.Russian;
        var rows = changes.Select(change =>
        {
            var period = PeriodOf(change.DocumentId);
            List<ExportCell> row = [Time(change.At, language), ExportCell.Typed(change.Who), ExportCell.Of(SourceOf(change.Source, language)), ExportCell.Of(change.Metric)];
            if (russian)
            {
                row.Add(ExportCell.Of(DataFileTables.MetricName(configuration, change.Metric, language)));
            }

            row.Add(ExportCell.Of(period));
            if (russian)
            {
                row.Add(ExportCell.Of(SpreadsheetPeriods.Period(period)));
            }

            row.AddRange([ExportCell.Of(change.OldValue), ExportCell.Of(change.NewValue), ExportCell.Typed(change.OldNote), ExportCell.Typed(change.NewNote)]);
            return (IReadOnlyList<ExportCell>)row;
        });
        return new ExportTable(russian ? "История планов" : "Plan history", russian ? PlanHistoryColumnsRu : PlanHistoryColumns, [.. rows]);
    }

    /// <summary>Each recorded deviation by week and metric; cause names in the file's language.</summary>
    public static ExportTable Causes(IEnumerable<DeviationDocument> deviations, CauseCatalogue causes, TeamConfiguration configuration, FileLanguage language, string causeLanguage)
    {
        var russian = language == FileLanguage.Russian;
        var rows = deviations
            .OrderBy(deviation => deviation.IsoYear).ThenBy(deviation => deviation.Week).ThenBy(deviation => deviation.Metric, StringComparer.Ordinal)
            .Select(deviation =>
            {
                var week = FormattableString.Invariant($"{deviation.IsoYear:D4}-W{deviation.Week:D2}");
                List<ExportCell> row = [ExportCell.Of(week)];
                if (russian)
                {
                    row.AddRange([ExportCell.Of(WeekDates(week)), ExportCell.Of(deviation.Metric), ExportCell.Of(DataFileTables.MetricName(configuration, deviation.Metric, language))]);
                }
                else
                {
                    row.Add(ExportCell.Of(deviation.Metric));
                }

                row.AddRange(
                [
                    ExportCell.Of(KindOf(deviation.Kind, language)), ExportCell.Of(deviation.Deviation), ExportCell.Typed(string.Join("; ", deviation.Causes)),
                    ExportCell.Typed(string.Join("; ", deviation.Causes.Select(code => causes.Find(code)?.Names.For(causeLanguage) ?? code))),
                    ExportCell.Typed(deviation.OtherText), ExportCell.Typed(deviation.WhatWorked), ExportCell.Of(deviation.TaskNumber),
                    ExportCell.Of(YesNo(deviation.NoCountermeasure, language)), ExportCell.Typed(deviation.ReportedBy), Time(deviation.At, language),
                ]);
                return (IReadOnlyList<ExportCell>)row;
            });
        return new ExportTable(russian ? "Причины" : "Causes", russian ? CausesColumnsRu : CausesColumns, [.. rows]);
    }

    /// <summary>Every task by number.</summary>
    public static ExportTable Tasks(IEnumerable<WorkTaskDocument> tasks, TeamConfiguration configuration, FileLanguage language)
    {
        var russian = language == FileLanguage.Russian;
        var rows = tasks.OrderBy(task => task.Id).Select(task =>
        {
            List<ExportCell> row =
            [
                ExportCell.Of(task.Id), ExportCell.Typed(task.Title), ExportCell.Typed(task.Owner), ExportCell.Typed(task.CreatedBy), Time(task.CreatedAt, language),
                ExportCell.Of(russian ? SpreadsheetPeriods.Date(task.DueDate) : task.Due), ExportCell.Of(StatusOf(task.Status, language)), ExportCell.Of(task.Metric),
            ];
            if (russian)
            {
                row.Add(ExportCell.Of(task.Metric is { } metric ? DataFileTables.MetricName(configuration, metric, language) : ""));
            }

            row.Add(ExportCell.Of(task.Week));
            if (russian)
            {
                row.Add(ExportCell.Of(task.Week is { } week ? WeekDates(week) : ""));
            }

            row.AddRange([task.ClosedAt is { } closed ? Time(closed, language) : ExportCell.Of(""), ExportCell.Typed(task.ClosedBy)]);
            return (IReadOnlyList<ExportCell>)row;
        });
        return new ExportTable(russian ? "Задачи" : "Tasks", russian ? TasksColumnsRu : TasksColumns, [.. rows]);
    }

    /// <summary>The period of a plan's id <c>metric|period</c>.</summary>
    private static string PeriodOf(string documentId) =>
        documentId.LastIndexOf('|') is var bar and >= 0 ? documentId[(bar + 1)..] : documentId;

    private static string WeekDates(string week) => IsoWeek.TryParse(week, out var parsed) ? SpreadsheetPeriods.Week(parsed) : "";

    private static string SourceOf(ChangeSource source, FileLanguage language) => language != FileLanguage.Russian ? source.ToString().ToLowerInvariant() : source switch
    {
        ChangeSource.Import => "файл",
        ChangeSource.Chat => "чат",
        ChangeSource.Api => "программный интерфейс",
        _ => "командная строка",
    };

    private static string KindOf(DeviationKind kind, FileLanguage language) => language != FileLanguage.Russian ? kind.ToString().ToLowerInvariant() : kind switch
    {
        DeviationKind.Positive => "лучше плана",
        DeviationKind.Negative => "хуже плана",
        _ => "нет",
    };

    private static string StatusOf(WorkTaskStatus status, FileLanguage language) => language != FileLanguage.Russian ? status.ToString().ToLowerInvariant() : status switch
    {
        WorkTaskStatus.Done => "выполнена",
        _ => "открыта",
    };

    private static string YesNo(bool yes, FileLanguage language) => language == FileLanguage.Russian ? (yes ? "да" : "нет") : (yes ? "yes" : "no");

    private static ExportCell Time(DateTime at, FileLanguage language) => ExportCell.Of(
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString(language == FileLanguage.Russian ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
