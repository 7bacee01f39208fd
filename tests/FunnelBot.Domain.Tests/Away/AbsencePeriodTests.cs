using FunnelBot.Domain.Away;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Away;

public sealed class AbsencePeriodTests
{
    [Theory]
    [InlineData("2026-12-21", "2026-12-25", "2026-W52")] // Monday to Friday is enough
    [InlineData("2026-12-19", "2027-01-10", "2026-W52,2026-W53,2027-W01")]
    [InlineData("2026-12-22", "2026-12-31", "")] // W52 misses its Monday, W53 its Friday
    [InlineData("2026-12-21", "2026-12-24", "")]
    [InlineData("2026-12-25", "2026-12-25", "")]
    public void AwayWeeks_Range_WeeksWithAllWorkingDaysCovered(string from, string to, string expected)
    {
        var period = new AbsencePeriod(Date(from), Date(to));

        Assert.Equal(expected, string.Join(",", period.AwayWeeks()));
    }

    [Fact]
    public void MakesAway_WeekPartlyCovered_False()
    {
        var period = new AbsencePeriod(Date("2026-11-24"), Date("2026-12-04"));

        Assert.False(period.MakesAway(new IsoWeek(2026, 48)));
        Assert.True(period.MakesAway(new IsoWeek(2026, 49)));
        Assert.True(period.Contains(Date("2026-11-24")));
        Assert.False(period.Contains(Date("2026-11-23")));
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-05", true)]
    [InlineData("2026-12-10", "2026-12-12", true)]
    [InlineData("2026-12-11", "2026-12-20", false)]
    public void Overlaps_TouchingEndsCount(string from, string to, bool overlaps)
    {
        var existing = new AbsencePeriod(Date("2026-12-05"), Date("2026-12-10"));

        Assert.Equal(overlaps, existing.Overlaps(new AbsencePeriod(Date(from), Date(to))));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
