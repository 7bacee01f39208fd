using FunnelBot.Domain.Deviations;

namespace FunnelBot.Domain.Tests.Deviations;

/// <summary>A typed due date: a date, or why not; a date-shaped word the calendar lacks is told apart from words.</summary>
public sealed class DueDateParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("05.12.2026", "ru-RU", "2026-12-05", null)]
    [InlineData("2026-12-05", "en-GB", "2026-12-05", null)]
    [InlineData("5.12", "ru-RU", "2026-12-05", null)]
    [InlineData("31.02.2026", "ru-RU", null, DueDateError.NoSuchDate)]
    [InlineData("31/04/2027", "en-GB", null, DueDateError.NoSuchDate)]
    [InlineData("2026-13-01", "en-GB", null, DueDateError.NoSuchDate)]
    [InlineData("31.2", "ru-RU", null, DueDateError.NoSuchDate)]
    [InlineData("friday", "en-GB", null, DueDateError.NotADate)]
    [InlineData("12", "ru-RU", null, DueDateError.NotADate)]
    [InlineData("01.11.2026", "ru-RU", null, DueDateError.InThePast)]
    public void Parse_TypedDate_DateOrTheReason(string text, string culture, string? expected, DueDateError? error)
    {
        var result = DueDateParser.Parse(text, CultureInfo.GetCultureInfo(culture), Today);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, CultureInfo.InvariantCulture), result.Date);
        Assert.Equal(error, result.Error);
    }
}
