using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>How far back a typed week lies from the reporting week, against <c>Team:CheckIns:ConfirmOlderThanWeeks</c>.</summary>
public sealed record WeekAge(IsoWeek Week, int WeeksAgo, int Limit)
{
    /// <summary>The week has not started yet: nothing can be entered for it.</summary>
    public bool IsFuture => WeeksAgo < 0;

    /// <summary>Further back than the limit: acted on only after the member confirms the week, named by its dates.</summary>
    public bool NeedsConfirmation => WeeksAgo > Limit;
}

/// <summary>
/// The rule for a week typed into <c>/checkin</c> or <c>/edit</c>: a future week is refused, one further back than the
/// configured limit (a year by default) is confirmed first, anything between acts at once. Both messages spell the
/// week's dates out with its year, so that a mistyped year cannot pass for this year's week.
/// </summary>
public sealed class WeekAgeRule
{
    private readonly ReportingWeek _reportingWeek;
    private readonly int _limit;

    public WeekAgeRule(ReportingWeek reportingWeek, TeamConfiguration team)
    {
        _reportingWeek = reportingWeek;
        _limit = team.Team.ConfirmOlderThanWeeks;
    }

    public WeekAge Of(IsoWeek week) => new(week, week.WeeksUntil(_reportingWeek.Current), _limit);

    /// <summary>"The week of 30 November – 6 December 2026 has not started yet: ..."</summary>
    public static string FutureRefusal(IsoWeek week, CultureInfo culture) =>
        BotTexts.Html("checkin.future_week", culture, PeriodNames.WeekWithYear(week, culture));

    /// <summary>"98 weeks ago", "98 недель назад".</summary>
    public static string Ago(WeekAge age, CultureInfo culture) => CountWords.WeeksAgo(age.WeeksAgo, culture);
}
