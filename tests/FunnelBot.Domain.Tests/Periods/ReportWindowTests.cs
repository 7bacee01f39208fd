using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Periods;

/// <summary>The weeks each period counts, in full, and last year (docs/scorecard.md, "Periods of a report").</summary>
public sealed class ReportWindowTests
{
    public static TheoryData<string, string, int[], int[], int[]> Windows => new()
    {
        // 2026-W14 is in April (Thu Apr 2): April 2026 = W14..W18, April 2025 = W14..W17, keep w <= 14.
        { "month", "2026-W14", [14], [14, 15, 16, 17, 18], [14] },
        // 2026-W19 is the first week of May 2026 (W19..W22), but May 2025 is W18..W22: last year keeps W18 and W19.
        { "month", "2026-W19", [19], [19, 20, 21, 22], [18, 19] },
        // 2026-W53 is in December 2026 (W49..W53); December 2025 is W49..W52.
        { "month", "2026-W53", [49, 50, 51, 52, 53], [49, 50, 51, 52, 53], [49, 50, 51, 52] },
        // Q2 2026 = W14..W26; Q2 2025 = W14..W26.
        { "quarter", "2026-W15", [14, 15], [.. Enumerable.Range(14, 13)], [14, 15] },
        // Q4 2026 = W40..W53; Q4 2025 = W40..W52.
        { "quarter", "2026-W53", [.. Enumerable.Range(40, 14)], [.. Enumerable.Range(40, 14)], [.. Enumerable.Range(40, 13)] },
        // Year: weeks 1..W; last year 1..min(W, weeks in Y-1) = 1..min(53, 52).
        { "year", "2026-W53", [.. Enumerable.Range(1, 53)], [.. Enumerable.Range(1, 53)], [.. Enumerable.Range(1, 52)] },
        { "year", "2026-W03", [1, 2, 3], [.. Enumerable.Range(1, 53)], [1, 2, 3] },
        // 2021 follows the 53-week 2020: min(52, 53) = 52.
        { "year", "2021-W52", [.. Enumerable.Range(1, 52)], [.. Enumerable.Range(1, 52)], [.. Enumerable.Range(1, 52)] },
        { "week", "2026-W10", [10], [10], [10] },
        // A 53rd week whose previous year has 52: no week of last year.
        { "week", "2026-W53", [53], [53], [] },
        { "week", "2021-W01", [1], [1], [1] },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Window_ReportWeek_CountsTheSpecsWeeks(string period, string week, int[] counted, int[] full, int[] lastYear)
    {
        var reportWeek = IsoWeek.Parse(week);

        var window = period switch
        {
            "week" => ReportWindow.WeekOf(reportWeek),
            "month" => ReportWindow.MonthOf(reportWeek),
            "quarter" => ReportWindow.QuarterOf(reportWeek),
            _ => ReportWindow.YearOf(reportWeek),
        };

        Assert.Equal(counted.Select(w => new IsoWeek(reportWeek.Year, w)), window.Counted);
        Assert.Equal(full.Select(w => new IsoWeek(reportWeek.Year, w)), window.Full);
        Assert.Equal(lastYear.Select(w => new IsoWeek(reportWeek.Year - 1, w)), window.LastYear);
    }
}
