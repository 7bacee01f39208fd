using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Periods;

/// <summary>A week belongs to the month, quarter and year of its Thursday (docs/scorecard.md, "Weeks and periods").</summary>
public sealed class PeriodMembershipTests
{
    [Theory]
    [InlineData("2026-W01", "2026-01", "2026-Q1")] // Mon 2025-12-29, Thu 2026-01-01
    [InlineData("2025-W01", "2025-01", "2025-Q1")] // Mon 2024-12-30, Thu 2025-01-02
    [InlineData("2026-W53", "2026-12", "2026-Q4")] // Mon 2026-12-28, Thu 2026-12-31, Sun 2027-01-03
    [InlineData("2020-W53", "2020-12", "2020-Q4")] // Mon 2020-12-28, Thu 2020-12-31
    [InlineData("2026-W14", "2026-04", "2026-Q2")] // Mon 2026-03-30, Thu 2026-04-02: March -> April, Q1 -> Q2
    [InlineData("2026-W27", "2026-07", "2026-Q3")] // Mon 2026-06-29, Thu 2026-07-02: Q2 -> Q3
    [InlineData("2026-W05", "2026-01", "2026-Q1")] // Mon 2026-01-26, Thu 2026-01-29, Sun 2026-02-01
    [InlineData("2026-W40", "2026-10", "2026-Q4")] // Mon 2026-09-28, Thu 2026-10-01
    [InlineData("2021-W13", "2021-04", "2021-Q2")] // Mon 2021-03-29, Thu 2021-04-01
    public void MonthAndQuarter_WeekStraddlingBoundary_FollowThursday(string week, string month, string quarter)
    {
        var isoWeek = IsoWeek.Parse(week);

        Assert.Equal(month, isoWeek.Month.ToString());
        Assert.Equal(quarter, isoWeek.Quarter.ToString());
        Assert.Contains(isoWeek, YearMonth.Parse(month).Weeks);
        Assert.Contains(isoWeek, YearQuarter.Parse(quarter).Weeks);
    }

    [Theory]
    [InlineData("2026-03", "2026-W10", "2026-W13")] // Thursdays Mar 5, 12, 19, 26; W14's Thursday is Apr 2
    [InlineData("2026-04", "2026-W14", "2026-W18")] // Thursdays Apr 2, 9, 16, 23, 30
    [InlineData("2026-12", "2026-W49", "2026-W53")] // Thursdays Dec 3 .. Dec 31
    [InlineData("2025-12", "2025-W49", "2025-W52")] // Thursdays Dec 4 .. Dec 25; Jan 1 2026 is 2026-W01
    [InlineData("2026-01", "2026-W01", "2026-W05")] // Thursdays Jan 1 .. Jan 29
    [InlineData("2021-01", "2021-W01", "2021-W04")] // Jan 1 2021 is a Friday of 2020-W53; Thursdays Jan 7 .. 28
    public void Weeks_Month_AreConsecutiveWeeksByThursday(string month, string first, string last)
    {
        var weeks = YearMonth.Parse(month).Weeks;
        var start = IsoWeek.Parse(first);
        var expectedCount = IsoWeek.Parse(last).Week - start.Week + 1;

        Assert.Equal(Enumerable.Range(0, expectedCount).Select(start.AddWeeks), weeks);
    }

    [Theory]
    [InlineData("2026-Q1", 1, 13)]
    [InlineData("2026-Q2", 14, 26)]
    [InlineData("2026-Q4", 40, 53)] // 14 weeks in the quarter of a 53-week year's last week
    [InlineData("2025-Q4", 40, 52)]
    public void Weeks_Quarter_AreItsMonthsWeeks(string quarter, int firstWeek, int lastWeek)
    {
        var parsed = YearQuarter.Parse(quarter);

        Assert.Equal(Enumerable.Range(firstWeek, lastWeek - firstWeek + 1), parsed.Weeks.Select(w => w.Week));
        Assert.All(parsed.Weeks, w => Assert.Equal(parsed.Year, w.Year));
    }

    public static TheoryData<int> Years2000To2040 => [.. Enumerable.Range(2000, 41)];

    [Theory]
    [MemberData(nameof(Years2000To2040))]
    public void Weeks_EveryMonthOfYear_HasFourOrFiveWeeksAndPartitionsTheYear(int year)
    {
        var months = YearMonth.AllOf(year).ToList();
        var weeksOfMonths = months.SelectMany(m => m.Weeks).ToList();

        Assert.All(months, m => Assert.InRange(m.Weeks.Count, 4, 5));
        Assert.All(months, m => Assert.Equal(m.Weeks.Count, m.WeekCount));
        Assert.All(months, m => Assert.All(m.Weeks, w => Assert.Equal(m, w.Month)));
        Assert.Equal(IsoWeek.AllOf(year), weeksOfMonths);
        Assert.Equal(IsoWeek.WeeksInYear(year), months.Sum(m => m.WeekCount));
    }

    [Theory]
    [MemberData(nameof(Years2000To2040))]
    // Three months of 4 or 5 weeks: 12 (e.g. 2021-Q1: 4 + 4 + 4) to 14 (e.g. 2026-Q4: 5 + 4 + 5).
    public void Weeks_QuartersOfYear_PartitionTheYear(int year)
    {
        var quarters = Enumerable.Range(1, 4).Select(q => new YearQuarter(year, q)).ToList();

        Assert.All(quarters, q => Assert.InRange(q.Weeks.Count, 12, 14));
        Assert.Equal(IsoWeek.AllOf(year), quarters.SelectMany(q => q.Weeks));
    }

    [Fact]
    public void Month_EveryWeekOf2000To2040_IsTheMonthOfItsThursdayInItsIsoYear()
    {
        for (var year = 2000; year <= 2040; year++)
        {
            foreach (var week in IsoWeek.AllOf(year))
            {
                Assert.Equal(DayOfWeek.Thursday, week.Thursday.DayOfWeek);
                Assert.Equal(week.Thursday.Month, week.Month.Month);
                Assert.Equal(week.Year, week.Month.Year);
            }
        }
    }
}
