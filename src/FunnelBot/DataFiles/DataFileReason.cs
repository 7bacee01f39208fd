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

    /// <summary>A row has too few or too many columns; <see cref="DataFileReason.Columns"/> is how many.</summary>
    WrongColumnCount,

    /// <summary>No metric has the key <see cref="DataFileReason.Text"/>.</summary>
    UnknownMetric,

    /// <summary>An actual of a ratio, which is computed from its numerator and denominator.</summary>
    RatioNotEntered,

    /// <summary>An actual of an automatic metric, which the bot counts itself.</summary>
    CountedByTheBot,

    /// <summary><see cref="DataFileReason.Text"/> is not an ISO week.</summary>
    NotAWeek,

    /// <summary><see cref="DataFileReason.Text"/> is not a number with the file's decimal separator.</summary>
    NotANumber,

    /// <summary><see cref="DataFileReason.Text"/> is not a month, an ISO week or a year.</summary>
    NotAPeriod,

    /// <summary><see cref="DataFileReason.Text"/> is a week, month or year outside <see cref="Domain.Periods.SupportedYears"/>.</summary>
    YearOutsideRange,

    /// <summary>A month or a week for the ratio <see cref="DataFileReason.Text"/>, whose plan is a yearly target.</summary>
    RatioTargetPerYear,

    /// <summary>The value <see cref="DataFileReason.Text"/> breaks its unit (<see cref="DataFileReason.ValueProblem"/>).</summary>
    ValueOutOfRange,

    /// <summary>A ratio's target breaks its rules (<see cref="DataFileReason.ValueProblem"/>).</summary>
    TargetOutOfRange,
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

    /// <summary>What the value breaks, for <see cref="DataFileReasonCode.ValueOutOfRange"/> and <see cref="DataFileReasonCode.TargetOutOfRange"/>.</summary>
    public ValueProblem ValueProblem { get; init; }

    /// <summary>The file is separated by semicolons, so a number may use a decimal comma as well as a point.</summary>
    public bool DecimalComma { get; init; }

    public static DataFileReason MalformedQuotes(string csvReason) => new(DataFileReasonCode.MalformedQuotes) { Text = csvReason };

    public static DataFileReason EmptyFile(DataFileKind expected) => new(DataFileReasonCode.EmptyFile) { Kind = expected };

    public static DataFileReason WrongHeader(DataFileKind expected, string header) =>
        new(DataFileReasonCode.WrongHeader) { Kind = expected, Text = header };

    public static DataFileReason WrongColumnCount(DataFileKind expected, int columns) =>
        new(DataFileReasonCode.WrongColumnCount) { Kind = expected, Columns = columns };

    public static DataFileReason UnknownMetric(string key) => new(DataFileReasonCode.UnknownMetric) { Text = key };

    public static DataFileReason RatioNotEntered(string key) => new(DataFileReasonCode.RatioNotEntered) { Text = key };

    public static DataFileReason CountedByTheBot(string key) => new(DataFileReasonCode.CountedByTheBot) { Text = key };

    /// <summary>Not an ISO week; or one of a year outside <see cref="Domain.Periods.SupportedYears"/>, which is said so.</summary>
    public static DataFileReason NotAWeek(string text) =>
        new(Domain.Periods.SupportedYears.IsOutsideIn(text) ? DataFileReasonCode.YearOutsideRange : DataFileReasonCode.NotAWeek) { Text = text };

    public static DataFileReason NotANumber(string text, bool decimalComma) =>
        new(DataFileReasonCode.NotANumber) { Text = text, DecimalComma = decimalComma };

    /// <summary>Not a period; or one of a year outside <see cref="Domain.Periods.SupportedYears"/>, which is said so.</summary>
    public static DataFileReason NotAPeriod(string text) =>
        new(Domain.Periods.SupportedYears.IsOutsideIn(text) ? DataFileReasonCode.YearOutsideRange : DataFileReasonCode.NotAPeriod) { Text = text };

    public static DataFileReason RatioTargetPerYear(string ratioKey) => new(DataFileReasonCode.RatioTargetPerYear) { Text = ratioKey };

    public static DataFileReason ValueOutOfRange(ValueProblem problem, string value) =>
        new(DataFileReasonCode.ValueOutOfRange) { ValueProblem = problem, Text = value };

    public static DataFileReason TargetOutOfRange(ValueProblem problem) => new(DataFileReasonCode.TargetOutOfRange) { ValueProblem = problem };
}
