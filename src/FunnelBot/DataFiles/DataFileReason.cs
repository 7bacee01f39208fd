using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.DataFiles;

/// <summary>What is wrong with a line of a data file; each code is rendered in English and in the bot's languages.</summary>
public enum DataFileReasonCode
{
    /// <summary>The quoting of a record is broken; <see cref="DataFileReason.Text"/> is CsvHelper's reason.</summary>
    MalformedQuotes,

    /// <summary>The file has no header row; <see cref="DataFileReason.Kind"/> is the file expected.</summary>
    EmptyFile,

    /// <summary>The header row is not the expected one; <see cref="DataFileReason.Text"/> is the row as written.</summary>
    WrongHeader,

    /// <summary>
    /// A row has too few or too many columns; <see cref="DataFileReason.Columns"/> is how many, <see cref="DataFileReason.Text"/>
    /// the file's header and <see cref="DataFileReason.FewestFields"/> to <see cref="DataFileReason.MostFields"/> what it allows.
    /// </summary>
    WrongColumnCount,

    /// <summary>No metric has the key <see cref="DataFileReason.Text"/>.</summary>
    UnknownMetric,

    /// <summary>An actual of a ratio, which is computed from its numerator and denominator.</summary>
    RatioNotEntered,

    /// <summary>An actual of an automatic metric, which the bot counts itself.</summary>
    CountedByTheBot,

    /// <summary><see cref="DataFileReason.Text"/> is not an ISO week.</summary>
    NotAWeek,

    /// <summary><see cref="DataFileReason.Text"/> is not a month, an ISO week or a year.</summary>
    NotAPeriod,

    /// <summary><see cref="DataFileReason.Text"/> is a week, month or year outside <see cref="Domain.Periods.SupportedYears"/>.</summary>
    YearOutsideRange,

    /// <summary>A month or a week for the ratio <see cref="DataFileReason.Text"/>, whose plan is a yearly target.</summary>
    RatioTargetPerYear,

    /// <summary>
    /// The value <see cref="DataFileReason.Text"/> is refused by the one reading of a value (<see cref="DataFileReason.Refusal"/>)
    /// for <see cref="DataFileReason.Metric"/>, read with the file's <see cref="DataFileReason.Numbers"/>.
    /// </summary>
    BadValue,
}

/// <summary>
/// One reason a line of a data file was refused: its code and what it is about. <see cref="Text"/> is what the file
/// has (a field, a metric key, the header row), unchanged; the other arguments are set only for the codes that use them.
/// </summary>
public sealed record DataFileReason(DataFileReasonCode Code)
{
    /// <summary>The offending text as the file has it (for a ratio's period, the ratio's key).</summary>
    public string Text { get; init; } = "";

    /// <summary>The file expected (its header and column count), for the header and column reasons.</summary>
    public DataFileKind Kind { get; init; }

    /// <summary>The columns the row has, for <see cref="DataFileReasonCode.WrongColumnCount"/>.</summary>
    public int Columns { get; init; }

    /// <summary>The fewest columns a row of the file may have, for <see cref="DataFileReasonCode.WrongColumnCount"/>.</summary>
    public int FewestFields { get; init; }

    /// <summary>The most columns a row of the file may have, for <see cref="DataFileReasonCode.WrongColumnCount"/>.</summary>
    public int MostFields { get; init; }

    /// <summary>Why the value is refused, for <see cref="DataFileReasonCode.BadValue"/>.</summary>
    public ValueRefusal Refusal { get; init; }

    /// <summary>The metric of a <see cref="DataFileReasonCode.BadValue"/>: what is expected follows its unit; null when the metric is unknown.</summary>
    public MetricDefinition? Metric { get; init; }

    /// <summary>How the file writes numbers (decimal point or comma), for <see cref="DataFileReasonCode.BadValue"/>.</summary>
    public NumberConvention Numbers { get; init; } = NumberConvention.PointDecimal;

    public static DataFileReason MalformedQuotes(string csvReason) => new(DataFileReasonCode.MalformedQuotes) { Text = csvReason };

    public static DataFileReason EmptyFile(DataFileKind expected) => new(DataFileReasonCode.EmptyFile) { Kind = expected };

    public static DataFileReason WrongHeader(DataFileKind expected, string header) =>
        new(DataFileReasonCode.WrongHeader) { Kind = expected, Text = header };

    /// <summary>A row of a file whose header is <paramref name="layout"/> has <paramref name="columns"/> fields, which it does not allow.</summary>
    public static DataFileReason WrongColumnCount(DataFileLayout layout, int columns) => new(DataFileReasonCode.WrongColumnCount)
    {
        Kind = layout.Kind, Columns = columns, Text = layout.Header, FewestFields = layout.MinFields, MostFields = layout.MaxFields,
    };

    public static DataFileReason UnknownMetric(string key) => new(DataFileReasonCode.UnknownMetric) { Text = key };

    public static DataFileReason RatioNotEntered(string key) => new(DataFileReasonCode.RatioNotEntered) { Text = key };

    public static DataFileReason CountedByTheBot(string key) => new(DataFileReasonCode.CountedByTheBot) { Text = key };

    /// <summary>Not an ISO week; or one of a year outside <see cref="Domain.Periods.SupportedYears"/>, which is said so.</summary>
    public static DataFileReason NotAWeek(string text) =>
        new(Domain.Periods.SupportedYears.IsOutsideIn(text) ? DataFileReasonCode.YearOutsideRange : DataFileReasonCode.NotAWeek) { Text = text };

    /// <summary>Not a period; or one of a year outside <see cref="Domain.Periods.SupportedYears"/>, which is said so.</summary>
    public static DataFileReason NotAPeriod(string text) =>
        new(Domain.Periods.SupportedYears.IsOutsideIn(text) ? DataFileReasonCode.YearOutsideRange : DataFileReasonCode.NotAPeriod) { Text = text };

    public static DataFileReason RatioTargetPerYear(string ratioKey) => new(DataFileReasonCode.RatioTargetPerYear) { Text = ratioKey };

    public static DataFileReason BadValue(string value, ValueRefusal refusal, MetricDefinition? metric, NumberConvention numbers) =>
        new(DataFileReasonCode.BadValue) { Text = value, Refusal = refusal, Metric = metric, Numbers = numbers };
}
