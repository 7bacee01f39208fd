namespace FunnelBot.DataFiles;

/// <summary>The reasons of a refused data file in English, as the command line prints them.</summary>
public static class DataFileReasonText
{
    /// <summary>One reason in English.</summary>
    public static string English(DataFileReason reason) => reason.Code switch
    {
        DataFileReasonCode.MalformedQuotes => $"malformed quotes ({reason.Text})",
        DataFileReasonCode.EmptyFile => $"the file is empty; expected the header '{DataFileFormat.HeaderOf(reason.Kind)}' and rows",
        DataFileReasonCode.WrongHeader => $"expected the header '{DataFileFormat.HeaderOf(reason.Kind)}', got '{reason.Text}'",
        DataFileReasonCode.WrongColumnCount => FormattableString.Invariant(
            $"expected {(reason.Kind == DataFileKind.Actuals ? "3" : "3 or 4")} columns ({DataFileFormat.HeaderOf(reason.Kind)}), got {reason.Columns}"),
        DataFileReasonCode.UnknownMetric => $"unknown metric '{reason.Text}'",
        DataFileReasonCode.RatioNotEntered => $"'{reason.Text}' is a ratio; enter its numerator and denominator instead",
        DataFileReasonCode.CountedByTheBot => $"'{reason.Text}' is counted by the bot and cannot be imported",
        DataFileReasonCode.NotAWeek => $"'{reason.Text}' is not an ISO week such as 2026-W10",
        DataFileReasonCode.NotANumber => $"'{reason.Text}' is not a number (use {(reason.DecimalComma ? "',' or '.'" : "'.'")} for decimals)",
        DataFileReasonCode.NotAPeriod => $"'{reason.Text}' is not a period: a month (2026-03), an ISO week (2026-W10) or a year (2026)",
        DataFileReasonCode.YearOutsideRange =>
            FormattableString.Invariant($"'{reason.Text}' is outside the years {Domain.Periods.SupportedYears.First} to {Domain.Periods.SupportedYears.Last}"),
        DataFileReasonCode.RatioTargetPerYear => $"'{reason.Text}' is a ratio: its plan is a target per year, e.g. {reason.Text},2026,0.40",
        DataFileReasonCode.ValueOutOfRange => $"{UnitRules.Describe(reason.ValueProblem)} ({reason.Text})",
        DataFileReasonCode.TargetOutOfRange => UnitRules.Describe(reason.ValueProblem),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "No English text for this reason."),
    };

    /// <summary>All the reasons of a line in English, joined with "; ".</summary>
    public static string English(IEnumerable<DataFileReason> reasons) => string.Join("; ", reasons.Select(English));
}
