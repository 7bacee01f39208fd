using System.Globalization;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Away;

/// <summary>
/// Reads <c>[@member] &lt;from&gt; [&lt;to&gt;] [note]</c>. A date is written in the member's locale (<c>21.12.2026</c>,
/// <c>21/12/2026</c>, ISO <c>2026-12-21</c>; without the year it is the nearest such date to today) or as an ISO week
/// (<c>2026-W52</c>: from its Monday, to its Sunday). When the token after the start is not a date or week, it begins the
/// note and the absence ends where the start token ends (that day, or that week's Sunday). Then the limits are checked:
/// the end not before the start, at most <see cref="MaxDays"/> days, not wholly more than <see cref="MaxDaysFromToday"/>
/// days in the past or the future, a note of at most <see cref="MaxNoteLength"/> characters.
/// </summary>
public static class AwayRequestParser
{
    public const int MaxDays = 366;
    public const int MaxDaysFromToday = 365;
    public const int MaxNoteLength = 200;

    public static AwayRequest Parse(string? arguments, CultureInfo culture, DateOnly today)
    {
        var rest = arguments?.Trim() ?? string.Empty;
        string? mention = null;
        if (rest.StartsWith('@'))
        {
            (mention, rest) = TakeToken(rest);
            mention = mention.TrimStart('@');
        }

        if (rest.Length == 0)
        {
            return new AwayRequest(mention, null, null, AwayRequestError.MissingDate);
        }

        var (startToken, afterStart) = TakeToken(rest);
        if (ReadSpan(startToken, culture, today) is not { } start)
        {
            var error = SupportedYears.IsOutsideIn(startToken) ? AwayRequestError.OutsideSupportedYears : AwayRequestError.NotADate;
            return new AwayRequest(mention, null, null, error, startToken);
        }

        var end = start.To;
        var (endToken, afterEnd) = TakeToken(afterStart);
        if (endToken.Length > 0 && ReadSpan(endToken, culture, today) is { } endSpan)
        {
            end = endSpan.To;
            afterStart = afterEnd;
        }
        else if (SupportedYears.IsOutsideIn(endToken))
        {
            return new AwayRequest(mention, null, null, AwayRequestError.OutsideSupportedYears, endToken);
        }

        if (!SupportedYears.Contains(start.From) || !SupportedYears.Contains(end))
        {
            var token = SupportedYears.Contains(start.From) ? endToken : startToken;
            return new AwayRequest(mention, null, null, AwayRequestError.OutsideSupportedYears, token);
        }

        var note = afterStart.Trim();
        return Check(mention, start.From, end, note.Length == 0 ? null : note, today);
    }

    private static AwayRequest Check(string? mention, DateOnly from, DateOnly to, string? note, DateOnly today)
    {
        AwayRequestError? error = null;
        if (to < from)
        {
            error = AwayRequestError.EndBeforeStart;
        }
        else if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            error = AwayRequestError.TooLong;
        }
        else if (to < today.AddDays(-MaxDaysFromToday) || from > today.AddDays(MaxDaysFromToday))
        {
            error = AwayRequestError.TooFarAway;
        }
        else if (note is { Length: > MaxNoteLength })
        {
            error = AwayRequestError.NoteTooLong;
        }

        return error is null
            ? new AwayRequest(mention, new AbsencePeriod(from, to), note, null)
            : new AwayRequest(mention, null, note, error);
    }

    /// <summary>A date as that one day, an ISO week as its Monday to Sunday; null when the token is neither.</summary>
    private static (DateOnly From, DateOnly To)? ReadSpan(string token, CultureInfo culture, DateOnly today)
    {
        if (token.Length > DueDateParser.MaxLength)
        {
            return null;
        }

        if (token.Contains('W', StringComparison.OrdinalIgnoreCase))
        {
            return IsoWeek.TryParse(token, out var week) ? (week.Monday, week.Sunday) : null;
        }

        var date = DueDateParser.TryReadFullDate(token, culture) ?? NearestWithoutYear(token, culture, today);
        return date is { } day ? (day, day) : null;
    }

    /// <summary><c>21.12</c> or <c>21/12</c>: that day in last, this or next year, whichever is nearest to today.</summary>
    private static DateOnly? NearestWithoutYear(string token, CultureInfo culture, DateOnly today)
    {
        if (!DateOnly.TryParseExact(token, ["d.M", "d/M"], culture, DateTimeStyles.None, out var parsed))
        {
            return null;
        }

        return new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Select(year => new DateOnly(year, parsed.Month, Math.Min(parsed.Day, DateTime.DaysInMonth(year, parsed.Month))))
            .MinBy(candidate => Math.Abs(candidate.DayNumber - today.DayNumber));
    }

    private static (string Token, string Remainder) TakeToken(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        return space < 0 ? (trimmed, string.Empty) : (trimmed[..space], trimmed[(space + 1)..]);
    }
}
