using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Periods;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData(2020, 53)] // 2020-01-01 is a Wednesday in a leap year
    [InlineData(2021, 52)]
    [InlineData(2024, 52)]
    [InlineData(2025, 52)] // 2025-01-01 is a Wednesday, not a leap year
    [InlineData(2026, 53)] // 2026-01-01 is a Thursday
    [InlineData(2027, 52)]
    public void WeeksInYear_KnownYears_ReturnsIsoCount(int year, int expected)
    {
        Assert.Equal(expected, IsoWeek.WeeksInYear(year));
        Assert.Equal(expected, IsoWeek.AllOf(year).Count());
    }

    [Theory]
    [InlineData(2025, 1, "2024-12-30", "2025-01-05")]
    [InlineData(2026, 1, "2025-12-29", "2026-01-04")]
    [InlineData(2026, 53, "2026-12-28", "2027-01-03")]
    [InlineData(2020, 53, "2020-12-28", "2021-01-03")]
    [InlineData(2026, 14, "2026-03-30", "2026-04-05")]
    [InlineData(2026, 48, "2026-11-23", "2026-11-29")]
    public void MondayAndSunday_WeeksAroundBoundaries_AreTheIsoDays(int year, int week, string monday, string sunday)
    {
        var isoWeek = new IsoWeek(year, week);

        Assert.Equal(DateOnly.Parse(monday, CultureInfo.InvariantCulture), isoWeek.Monday);
        Assert.Equal(DateOnly.Parse(sunday, CultureInfo.InvariantCulture), isoWeek.Sunday);
        Assert.Equal(DayOfWeek.Monday, isoWeek.Monday.DayOfWeek);
    }

    [Theory]
    [InlineData("2024-12-30", 2025, 1)]
    [InlineData("2025-01-05", 2025, 1)]
    [InlineData("2027-01-03", 2026, 53)]
    [InlineData("2027-01-04", 2027, 1)]
    [InlineData("2021-01-01", 2020, 53)]
    public void Containing_DatesNearNewYear_ReturnsIsoWeek(string date, int year, int week)
    {
        Assert.Equal(new IsoWeek(year, week), IsoWeek.Containing(DateOnly.Parse(date, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-W48", 2026, 48)]
    [InlineData("2026-W01", 2026, 1)]
    [InlineData("2026-W53", 2026, 53)]
    [InlineData("2020-W53", 2020, 53)]
    [InlineData("2026-w10", 2026, 10)]
    [InlineData("2026W10", 2026, 10)]
    [InlineData("  2026-W10 ", 2026, 10)]
    public void TryParse_ValidWeek_ReturnsWeek(string text, int year, int week)
    {
        Assert.True(IsoWeek.TryParse(text, out var parsed));
        Assert.Equal(new IsoWeek(year, week), parsed);
        Assert.Equal(new IsoWeek(year, week), IsoWeek.Parse(text));
    }

    [Theory]
    [InlineData("2026-W54")] // 2026 has 53 weeks
    [InlineData("2025-W53")] // 2025 has 52 weeks
    [InlineData("2026-W00")]
    [InlineData("26-W10")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("2026-W")]
    [InlineData("2026-W100")]
    [InlineData("2026-W-1")]
    [InlineData("2026-W+1")]
    [InlineData("0000-W01")]
    [InlineData("2026-03")]
    [InlineData("W10-2026")]
    [InlineData("2026-W1x")]
    [InlineData("2026--W10")]
    [InlineData("2026 W10")]
    public void TryParse_InvalidWeek_ReturnsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("garbage")]
    [InlineData("")]
    public void Parse_InvalidWeek_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => IsoWeek.Parse(text));
    }

    [Theory]
    [InlineData(2026, 1, "2026-W01")]
    [InlineData(2026, 53, "2026-W53")]
    [InlineData(2025, 9, "2025-W09")]
    [InlineData(1900, 10, "1900-W10")] // the first supported year (earlier weeks exist but are refused at parsing)
    public void ToString_AnyWeek_WritesIsoFormatThatParsesBack(int year, int week, string expected)
    {
        var isoWeek = new IsoWeek(year, week);

        Assert.Equal(expected, isoWeek.ToString());
        Assert.Equal(isoWeek, IsoWeek.Parse(isoWeek.ToString()));
    }

    [Fact]
    public void ToString_EveryWeekOf2000To2040_RoundTrips()
    {
        for (var year = 2000; year <= 2040; year++)
        {
            foreach (var week in IsoWeek.AllOf(year))
            {
                Assert.Equal(week, IsoWeek.Parse(week.ToString()));
            }
        }
    }

    [Theory]
    [InlineData(2025, 53)]
    [InlineData(2026, 0)]
    [InlineData(2026, 54)]
    [InlineData(0, 1)]
    public void Constructor_WeekNotInYear_Throws(int year, int week)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(year, week));
    }

    [Theory]
    [InlineData("2026-W53", 1, "2027-W01")]
    [InlineData("2027-W01", -1, "2026-W53")]
    [InlineData("2025-W52", 1, "2026-W01")]
    [InlineData("2026-W10", 52, "2027-W09")] // 53 weeks in 2026: W10 + 52 = W62 = 2027-W09
    public void AddWeeks_AcrossYearEnd_ReturnsIsoWeek(string start, int weeks, string expected)
    {
        Assert.Equal(IsoWeek.Parse(expected), IsoWeek.Parse(start).AddWeeks(weeks));
    }

    [Theory]
    [InlineData("2026-W48", "2026-W48", 0)]
    [InlineData("2026-W47", "2026-W48", 1)]
    [InlineData("2026-W48", "2026-W47", -1)]
    [InlineData("2025-W48", "2026-W48", 52)]
    [InlineData("2025-W47", "2026-W48", 53)]
    [InlineData("2025-W02", "2026-W48", 98)] // 2026 has 53 weeks: 51 to 2026-W01, then 47
    [InlineData("1900-W01", "2999-W52", 57_394)]
    public void WeeksUntil_AnyTwoWeeks_CountsWholeWeeksBetween(string from, string to, int expected)
    {
        Assert.Equal(expected, IsoWeek.Parse(from).WeeksUntil(IsoWeek.Parse(to)));
        Assert.Equal(IsoWeek.Parse(to), IsoWeek.Parse(from).AddWeeks(expected));
    }
}
