using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Away;

/// <summary>Absences as the bot shows them (Telegram HTML, the reader's culture): one line each, the weeks they make away, lists.</summary>
public sealed class AwayRenderer
{
    /// <summary>The most absences one list shows (the earliest first), so that it fits one message that can be edited.</summary>
    public const int MaxListed = 12;
    private readonly TeamConfiguration _team;

    public AwayRenderer(TeamConfiguration team)
    {
        _team = team;
    }

    public string MemberName(string memberKey) => _team.FindMember(memberKey)?.DisplayName ?? memberKey;

    /// <summary><c>#3 Anna: 21.12.2026 – 03.01.2027 · «Vacation»</c>.</summary>
    public string Line(AwayDocument absence, CultureInfo culture)
    {
        var period = absence.Period;
        var line = BotTexts.Html("away.line", culture, absence.Id, MemberName(absence.Member), Dates.Numeric(period.From, culture), Dates.Numeric(period.To, culture));
        return absence.Note is { } note ? line + BotTexts.Html("away.note_suffix", culture, note) : line;
    }

    /// <summary>Which weeks the absence makes away and what that means, or that it makes none away.</summary>
    public string Effect(AwayDocument absence, CultureInfo culture)
    {
        var weeks = absence.Period.AwayWeeks();
        return weeks.Count == 0
            ? BotTexts.Html("away.no_whole_week", culture)
            : BotTexts.Html("away.weeks_away", culture, Weeks(weeks, culture), MemberName(absence.Member));
    }

    /// <summary>The list of absences with a cancel button each (or how to record one when there are none); the earliest <see cref="MaxListed"/>.</summary>
    public (string Html, List<List<OutgoingButton>>? Keyboard) List(IReadOnlyList<AwayDocument> absences, DateOnly today, CultureInfo culture)
    {
        if (absences.Count == 0)
        {
            var week = IsoWeek.Containing(today).Next;
            return (BotTexts.Html("away.list_empty", culture, Dates.Numeric(week.Monday, culture), Dates.Numeric(week.Sunday, culture)), null);
        }

        var shown = absences.Take(MaxListed).ToList();
        var text = new StringBuilder(BotTexts.Html("away.list_header", culture));
        foreach (var absence in shown)
        {
            text.Append('\n').Append(Line(absence, culture));
        }

        if (absences.Count > shown.Count)
        {
            text.Append('\n').Append(BotTexts.Html("away.list_more", culture, absences.Count - shown.Count));
        }

        return (text.ToString(), [.. shown.Select(a => AwayButtons.Cancel(a.Id, culture))]);
    }

    /// <summary>Consecutive weeks as their days, Monday of the first to Sunday of the last: "21 декабря 2026 – 3 января 2027".</summary>
    public static string Weeks(IReadOnlyList<IsoWeek> weeks, CultureInfo culture) =>
        PeriodNames.Days(weeks[0].Monday, weeks[^1].Sunday, culture, year: weeks[0].Monday.Year);
}
