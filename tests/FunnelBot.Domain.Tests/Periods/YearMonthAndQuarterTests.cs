using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Periods;

public sealed class YearMonthAndQuarterTests
{
    [Theory]
    [InlineData("2026-03", 2026, 3)]
    [InlineData("2026-12", 2026, 12)]
    [InlineData(" 2025-01 ", 2025, 1)]
    public void YearMonthTryParse_ValidMonth_ReturnsMonth(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
        Assert.Equal(text.Trim(), parsed.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("2026/03")]
    [InlineData("2026-W10")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("garbage")]
    public void YearMonthTryParse_InvalidMonth_ReturnsFalse(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2026-Q4", 2026, 4)]
    [InlineData("2026-q1", 2026, 1)]
    public void YearQuarterParse_ValidQuarter_ReturnsQuarter(string text, int year, int quarter)
    {
        Assert.True(YearQuarter.TryParse(text, out var parsed));
        Assert.Equal(new YearQuarter(year, quarter), parsed);
        Assert.Equal(new YearQuarter(year, quarter), YearQuarter.Parse(text));
        Assert.Equal(text.ToUpperInvariant(), parsed.ToString());
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026Q1")]
    [InlineData("2026-03")]
    [InlineData("")]
    [InlineData(null)]
    public void YearQuarterTryParse_InvalidQuarter_ReturnsFalse(string? text)
    {
        Assert.False(YearQuarter.TryParse(text, out _));
    }

    [Fact]
    public void YearQuarterParse_InvalidQuarter_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => YearQuarter.Parse("2026-Q5"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(10, 4)]
    [InlineData(12, 4)]
    public void Quarter_Month_IsCalendarQuarter(int month, int quarter)
    {
        Assert.Equal(new YearQuarter(2026, quarter), new YearMonth(2026, month).Quarter);
    }
}
