using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// Composes the digest's text: a title, then every registered <see cref="IDigestSection"/> in order, separated by a
/// blank line. Figures come from the same <see cref="ScorecardService"/> computation as <c>report --json</c>.
/// </summary>
public sealed class DigestComposer
{
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly IReadOnlyList<IDigestSection> _sections;

    public DigestComposer(TeamConfiguration team, ScorecardService scorecards, IEnumerable<IDigestSection> sections)
    {
        _team = team;
        _scorecards = scorecards;
        _sections = [.. sections.OrderBy(section => section.Order)];
    }

    /// <summary>The weekly digest of <paramref name="week"/>, or the monthly results through <paramref name="week"/> (the month's last week).</summary>
    public Digest Compose(DigestKind kind, IsoWeek week, DateOnly asOf, CultureInfo culture)
    {
        var input = _scorecards.LoadInput(week);
        var report = _scorecards.Compute(week, input);
        var context = new DigestContext(kind, week, report, input, asOf, culture);
        var html = new StringBuilder(Title(context));
        foreach (var section in _sections)
        {
            if (section.Render(context) is { Length: > 0 } part)
            {
                html.Append("\n\n").Append(part);
            }
        }

        return new Digest(kind, week, html.ToString(), Caption(context), report, input);
    }

    private string Title(DigestContext context) => context.Kind == DigestKind.Weekly
        ? BotTexts.Html("digest.weekly_title", context.Culture, _team.Team.Name, PeriodNames.Week(context.Week, context.Culture))
        : BotTexts.Html("digest.monthly_title", context.Culture, _team.Team.Name, MonthName(context));

    private string Caption(DigestContext context) => context.Kind == DigestKind.Weekly
        ? BotTexts.Html("digest.chart_caption_weekly", context.Culture, _team.Team.Name, PeriodNames.Week(context.Week, context.Culture))
        : BotTexts.Html("digest.chart_caption_monthly", context.Culture, _team.Team.Name, MonthName(context));

    private static string MonthName(DigestContext context) => PeriodNames.Month(context.Month, context.Culture);
}
