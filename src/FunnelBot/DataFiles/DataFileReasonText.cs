using System.Globalization;
using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// The reasons of a refused data file in English, as the command line prints them: the same words as the bot's English
/// texts (a test compares them), a refused value's in the words of every other entry point (<c>value.*</c> and
/// <c>expected.*</c>).
/// </summary>
public static class DataFileReasonText
{
    /// <summary>One reason in English.</summary>
    public static string English(DataFileReason reason) => reason.Code switch
    {
        DataFileReasonCode.MalformedQuotes => $"malformed quotes ({reason.Text})",
        DataFileReasonCode.EmptyFile => $"the file is empty; expected the header '{DataFileFormat.HeaderOf(reason.Kind)}' and rows",
        DataFileReasonCode.WrongHeader => $"expected the header '{DataFileFormat.HeaderOf(reason.Kind)}', got '{reason.Text}'",
        DataFileReasonCode.WrongColumnCount => FormattableString.Invariant($"expected {ColumnRange(reason, "or")} columns ({reason.Text}), got {reason.Columns}"),
        DataFileReasonCode.UnknownMetric => $"unknown metric '{reason.Text}'",
        DataFileReasonCode.RatioNotEntered => $"'{reason.Text}' is a ratio; enter its numerator and denominator instead",
        DataFileReasonCode.CountedByTheBot => $"'{reason.Text}' is counted by the bot and cannot be imported",
        DataFileReasonCode.NotAWeek => $"'{reason.Text}' is not an ISO week such as 2026-W10",
        DataFileReasonCode.NotAPeriod => $"'{reason.Text}' is not a period: a month (2026-03), an ISO week (2026-W10) or a year (2026)",
        DataFileReasonCode.YearOutsideRange =>
            FormattableString.Invariant($"'{reason.Text}' is outside the years {Domain.Periods.SupportedYears.First} to {Domain.Periods.SupportedYears.Last}"),
        DataFileReasonCode.RatioTargetPerYear => $"'{reason.Text}' is a ratio: its plan is a target per year, e.g. {reason.Text},2026,0.40",
        DataFileReasonCode.BadValue => BadValue(reason),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "No English text for this reason."),
    };

    /// <summary>What is wrong with the value, then (when the metric is known) what is expected, with an example as the file would write it.</summary>
    private static string BadValue(DataFileReason reason)
    {
        var shown = FileNumbers.Shown(reason.Text);
        var name = reason.Metric?.Names.En ?? "";
        var wrong = reason.Refusal switch
        {
            ValueRefusal.Empty => "The value is empty.",
            ValueRefusal.TooLong => "That is far too long for a number.",
            ValueRefusal.NotANumber => $"“{shown}” is not a number.",
            ValueRefusal.UnsupportedDigits => $"“{shown}” uses other digits: type the digits 0-9.",
            ValueRefusal.InvisibleCharacters => $"“{shown}” has invisible characters in it (copied text often does): type the number again.",
            ValueRefusal.AmbiguousSeparators => $"“{shown}” is ambiguous: is the separator a decimal point or thousands?",
            ValueRefusal.TooLarge => $"“{shown}” is too large: a value is at most {FileNumbers.Format(UnitRules.MaxValue)}.",
            ValueRefusal.Negative => $"“{shown}”: the value can't be negative.",
            ValueRefusal.NotWhole => $"“{shown}”: {name} is counted in whole numbers.",
            ValueRefusal.TooManyDecimals => $"“{shown}”: at most 2 decimals are allowed.",
            ValueRefusal.PercentAbove100 => $"“{shown}”: a percentage is at most 100.",
            ValueRefusal.PercentSignNotExpected => $"“{shown}”: {name} is not a percentage, type it without “%”.",
            ValueRefusal.CurrencyNotExpected => $"“{shown}”: {name} is not money, type it without a currency.",
            ValueRefusal.TargetAbove1 => $"“{shown}”: the target of {name} is a fraction, at most 1 (0.40 is 40%).",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Refusal, "No English text for this refusal."),
        };
        if (reason.Metric is null)
        {
            return wrong;
        }

        var expected = ValueExpectation.Of(reason.Metric);
        var example = FileNumbers.Example(expected, reason.Numbers);
        return wrong + " " + expected switch
        {
            ExpectedValue.Money => $"Expected: an amount ≥ 0 with at most 2 decimals, for example {example}.",
            ExpectedValue.Percent => $"Expected: a number from 0 to 100 with at most 2 decimals, for example {example}.",
            ExpectedValue.PercentTarget => $"Expected: a fraction from 0 to 1 or a percentage, for example {example} or {FileNumbers.PercentExample(expected)}.",
            ExpectedValue.Target => $"Expected: a number ≥ 0, for example {example}.",
            _ => $"Expected: a whole number ≥ 0, for example {example}.",
        };
    }

    /// <summary>How many columns a row may have: <c>3</c>, or <c>3 or 4</c> with <paramref name="or"/> the language's word.</summary>
    public static string ColumnRange(DataFileReason reason, string or) =>
        reason.FewestFields == reason.MostFields
            ? reason.FewestFields.ToString(CultureInfo.InvariantCulture)
            : FormattableString.Invariant($"{reason.FewestFields} {or} {reason.MostFields}");

    /// <summary>All the reasons of a line in English, joined with "; ".</summary>
    public static string English(IEnumerable<DataFileReason> reasons) => string.Join("; ", reasons.Select(English));
}
