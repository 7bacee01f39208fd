using FunnelBot.Domain.Away;

namespace FunnelBot.Domain.Tests.Away;

public sealed class AwayRequestParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("2026-12-21", "ru", null, "2026-12-21", "2026-12-21", null)]
    [InlineData("21.12.2026 03.01.2027 Отпуск", "ru", null, "2026-12-21", "2027-01-03", "Отпуск")]
    [InlineData("21/12/2026 3/1/2027 Vacation in the mountains", "en", null, "2026-12-21", "2027-01-03", "Vacation in the mountains")]
    [InlineData("2026-W52", "en", null, "2026-12-21", "2026-12-27", null)]
    [InlineData("2026-W52 2027-W01 holidays", "en", null, "2026-12-21", "2027-01-10", "holidays")]
    [InlineData("@anna 2026-W49 sick leave", "en", "anna", "2026-11-30", "2026-12-06", "sick leave")]
    [InlineData("21.12 sick", "ru", null, "2026-12-21", "2026-12-21", "sick")]
    [InlineData("20.11", "ru", null, "2026-11-20", "2026-11-20", null)] // without the year: the nearest, here last week
    [InlineData("2026-12-21 2026-W53", "en", null, "2026-12-21", "2027-01-03", null)]
    public void Parse_ValidArguments_PeriodAndNote(string text, string language, string? mention, string from, string to, string? note)
    {
        var request = AwayRequestParser.Parse(text, language == "ru" ? Russian : English, Today);

        Assert.Null(request.Error);
        Assert.Equal(mention, request.Mention);
        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), request.Period!.Value.From);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), request.Period!.Value.To);
        Assert.Equal(note, request.Note);
    }

    [Theory]
    [InlineData("", AwayRequestError.MissingDate)]
    [InlineData("@anna", AwayRequestError.MissingDate)]
    [InlineData("tomorrow", AwayRequestError.NotADate)]
    [InlineData("31.02.2026", AwayRequestError.NotADate)]
    [InlineData("2026-W54", AwayRequestError.NotADate)]
    [InlineData("2026-12-21 2026-12-20", AwayRequestError.EndBeforeStart)]
    [InlineData("2026-12-01 2027-12-02", AwayRequestError.TooLong)]
    [InlineData("2024-01-01 2024-01-05", AwayRequestError.TooFarAway)]
    [InlineData("2028-01-01", AwayRequestError.TooFarAway)]
    public void Parse_BadArguments_Error(string text, AwayRequestError error)
    {
        var request = AwayRequestParser.Parse(text, English, Today);

        Assert.Equal(error, request.Error);
        Assert.Null(request.Period);
    }

    [Fact]
    public void Parse_NoteOverLimit_NoteTooLong()
    {
        var request = AwayRequestParser.Parse("2026-12-21 " + new string('x', AwayRequestParser.MaxNoteLength + 1), English, Today);

        Assert.Equal(AwayRequestError.NoteTooLong, request.Error);
    }
}
