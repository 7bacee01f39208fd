using System.Globalization;
using FunnelBot.Domain.Deviations;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// The arguments of <c>/task &lt;text&gt; [@member] [date]</c>: the title, an optional <c>@member</c> (key or username)
/// and an optional due date (in the writer's locale or ISO), both at the end in either order.
/// A last word that is not a date stays part of the title; a date in the past, of a year outside
/// <see cref="Domain.Periods.SupportedYears"/>, or written as a date the calendar does not have, is reported, not taken as text.
/// </summary>
public sealed record NewTaskText(string Title, string? Mention, DateOnly? Due, string? PastDate)
{
    /// <summary>The last word, when it is a date of a year outside <see cref="Domain.Periods.SupportedYears"/>.</summary>
    public string? DateOutsideYears { get; init; }

    /// <summary>The last word, when it is written as a date the calendar does not have (31.02.2026).</summary>
    public string? NoSuchDate { get; init; }

    public const int MaxTitleLength = 200;

    public static NewTaskText Parse(string arguments, CultureInfo culture, DateOnly today)
    {
        var words = arguments.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();
        string? mention = null;
        DateOnly? due = null;
        string? pastDate = null;
        string? outsideYears = null;
        string? noSuchDate = null;
        for (var pass = 0; pass < 2 && words.Count > 1; pass++)
        {
            var last = words[^1];
            if (mention is null && last.Length > 1 && last[0] == '@')
            {
                mention = last[1..];
                words.RemoveAt(words.Count - 1);
                continue;
            }

            if (due is null && pastDate is null && outsideYears is null && noSuchDate is null)
            {
                var parsed = DueDateParser.Parse(last, culture, today);
                if (parsed.Date is not null || parsed.Error is DueDateError.InThePast or DueDateError.OutsideSupportedYears or DueDateError.NoSuchDate)
                {
                    due = parsed.Date;
                    pastDate = parsed.Error == DueDateError.InThePast ? last : null;
                    outsideYears = parsed.Error == DueDateError.OutsideSupportedYears ? last : null;
                    noSuchDate = parsed.Error == DueDateError.NoSuchDate ? last : null;
                    words.RemoveAt(words.Count - 1);
                }
            }
        }

        return new NewTaskText(string.Join(' ', words), mention, due, pastDate) { DateOutsideYears = outsideYears, NoSuchDate = noSuchDate };
    }
}
