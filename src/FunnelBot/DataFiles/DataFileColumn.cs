namespace FunnelBot.DataFiles;

/// <summary>
/// What a column of a data file holds. The keys, the value and the note are read; the metric's name and the period in
/// words stand beside the keys for people (the Russian layout writes them) and are never read.
/// </summary>
public enum DataFileColumn
{
    /// <summary>The metric's key: <c>leads</c>.</summary>
    MetricKey,

    /// <summary>The metric's name in the reader's language, beside its key; not read.</summary>
    MetricName,

    /// <summary>An actual's ISO week: <c>2026-W48</c>.</summary>
    Week,

    /// <summary>The week's dates, beside its code: <c>23.11.2026–29.11.2026</c>; not read.</summary>
    WeekDates,

    /// <summary>A plan's period: a month <c>2026-03</c>, an ISO week <c>2026-W12</c> or a year <c>2026</c>.</summary>
    Period,

    /// <summary>The period in words, beside its code: <c>март 2026</c>; not read.</summary>
    PeriodWords,

    /// <summary>The value, or the plan.</summary>
    Value,

    /// <summary>A plan's note (optional).</summary>
    Note,
}
