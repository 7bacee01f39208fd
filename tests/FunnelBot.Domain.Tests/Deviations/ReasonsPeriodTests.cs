using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Deviations;

public sealed class ReasonsPeriodTests
{
    [Theory]
    [InlineData("2026-Q4", "2026-Q4", "2026-W40", "2026-W53")] // Thu 2026-10-01 .. Thu 2026-12-31
    [InlineData("2026-q1", "2026-Q1", "2026-W01", "2026-W13")]
    [InlineData("2026-11", "2026-11", "2026-W45", "2026-W48")]
    [InlineData("2026", "2026", "2026-W01", "2026-W53")]
    [InlineData(" 2025 ", "2025", "2025-W01", "2025-W52")]
    public void TryParse_Period_WeeksWhoseThursdayIsInIt(string text, string label, string first, string last)
    {
        Assert.True(ReasonsPeriod.TryParse(text, out var period));

        Assert.Equal(label, period.Label);
        Assert.Equal(IsoWeek.Parse(first), period.First);
        Assert.Equal(IsoWeek.Parse(last), period.Last);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("26")]
    [InlineData("last quarter")]
    [InlineData("2026-W48")]
    public void TryParse_NotAPeriod_False(string text)
    {
        Assert.False(ReasonsPeriod.TryParse(text, out _));
    }
}
