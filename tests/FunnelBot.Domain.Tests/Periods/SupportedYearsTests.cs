using FunnelBot.Domain.Away;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Periods;

/// <summary>One range of years, 1900..2999, refused at parsing wherever a week, month, quarter, year or date is read.</summary>
public sealed class SupportedYearsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    [Theory]
    [InlineData("1899-W52", false, true)]
    [InlineData("1900-W01", true, false)]
    [InlineData("2026-W48", true, false)]
    [InlineData("2999-W52", true, false)]
    [InlineData("3000-W01", false, true)]
    [InlineData("9998-W01", false, true)]
    [InlineData("0001-W01", false, true)]
    [InlineData("3000-W99", false, false)] // no such week in any year: not a week, whatever the year
    [InlineData("leads", false, false)]
    public void IsoWeek_TryParse_OnlyWithinTheRange(string text, bool parsed, bool outside)
    {
        Assert.Equal(parsed, IsoWeek.TryParse(text, out _));
        Assert.Equal(outside, IsoWeek.HasUnsupportedYear(text));
        Assert.Equal(outside, SupportedYears.IsOutsideIn(text));
    }

    [Theory]
    [InlineData("1899-12", false, true)]
    [InlineData("1900-01", true, false)]
    [InlineData("2999-12", true, false)]
    [InlineData("3000-01", false, true)]
    [InlineData("3000-13", false, false)]
    public void YearMonth_TryParse_OnlyWithinTheRange(string text, bool parsed, bool outside)
    {
        Assert.Equal(parsed, YearMonth.TryParse(text, out _));
        Assert.Equal(outside, YearMonth.HasUnsupportedYear(text));
        Assert.Equal(outside, SupportedYears.IsOutsideIn(text));
    }

    [Theory]
    [InlineData("1899-Q4", false, true)]
    [InlineData("2999-Q4", true, false)]
    [InlineData("3000-Q1", false, true)]
    public void YearQuarter_TryParse_OnlyWithinTheRange(string text, bool parsed, bool outside)
    {
        Assert.Equal(parsed, YearQuarter.TryParse(text, out _));
        Assert.Equal(outside, YearQuarter.HasUnsupportedYear(text));
        Assert.Equal(outside, SupportedYears.IsOutsideIn(text));
    }

    [Theory]
    [InlineData("3000", true)]
    [InlineData("1899", true)]
    [InlineData("2026", false)]
    [InlineData("21.12.3000", true)]
    [InlineData("3000-12-21", true)]
    [InlineData("21/12/0026", true)]
    [InlineData("21.12.2026", false)]
    [InlineData("leads3000", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsOutsideIn_YearsAndDates(string? text, bool outside)
    {
        Assert.Equal(outside, SupportedYears.IsOutsideIn(text));
    }

    [Theory]
    [InlineData("05.12.3000", null, DueDateError.OutsideSupportedYears)]
    [InlineData("3000-12-05", null, DueDateError.OutsideSupportedYears)]
    [InlineData("05.12.2999", "2999-12-05", null)]
    [InlineData("05.12.2027", "2027-12-05", null)]
    [InlineData("05.12.2025", null, DueDateError.InThePast)]
    [InlineData("31.02.3000", null, DueDateError.NoSuchDate)] // no such day: not a date, whatever the year
    public void DueDate_OutsideTheRange_Refused(string text, string? date, DueDateError? error)
    {
        var parsed = DueDateParser.Parse(text, Russian, Today);

        Assert.Equal(date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), parsed.Date);
        Assert.Equal(error, parsed.Error);
    }

    [Theory]
    [InlineData("21.12.3000", "21.12.3000")]
    [InlineData("3000-W01", "3000-W01")]
    [InlineData("21.12.2026 05.01.3000 Отпуск", "05.01.3000")]
    [InlineData("2026-W52 1899-W01", "1899-W01")]
    public void Away_OutsideTheRange_RefusedNamingTheToken(string text, string token)
    {
        var request = AwayRequestParser.Parse(text, Russian, Today);

        Assert.Equal(AwayRequestError.OutsideSupportedYears, request.Error);
        Assert.Equal(token, request.BadToken);
        Assert.Null(request.Period);
    }

    [Theory]
    [InlineData("2999", true)]
    [InlineData("3000", false)]
    [InlineData("3000-Q1", false)]
    public void ReasonsPeriod_OnlyWithinTheRange(string text, bool parsed)
    {
        Assert.Equal(parsed, ReasonsPeriod.TryParse(text, out _));
    }
}
