using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.TelegramBot.Worked;

namespace FunnelBot.TelegramBot.Reasons;

/// <summary>
/// <c>/reasons [2026-Q4|2026-11|2026]</c>: the causes given for deviations over a period (default: the current quarter),
/// biggest first (a Pareto view): how often, what share of all cause mentions, which metrics they hit and by how much;
/// below, in short, how often the countermeasures against each cause helped and the A/B tests finished (<c>/worked</c>).
/// </summary>
public sealed class ReasonsCommand : IBotCommand
{
    private const int MaxOtherTexts = 5;
    private readonly TeamConfiguration _team;
    private readonly DeviationStore _deviations;
    private readonly ReportingWeek _reportingWeek;
    private readonly CauseCatalogue _causes;
    private readonly WorkedData _worked;
    private readonly WorkedRenderer _workedRenderer;

    public ReasonsCommand(
        TeamConfiguration team, DeviationStore deviations, ReportingWeek reportingWeek, CauseCatalogue causes, WorkedData worked, WorkedRenderer workedRenderer)
    {
        _worked = worked;
        _workedRenderer = workedRenderer;
        _team = team;
        _deviations = deviations;
        _reportingWeek = reportingWeek;
        _causes = causes;
    }

    public string Name => "reasons";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var argument = request.Arguments.Trim();
        var current = _reportingWeek.Current;
        ReasonsPeriod? period = ReasonsPeriod.Of(current.Quarter);
        if (argument.Length > 0 && !ReasonsPeriod.TryParse(argument, out period))
        {
            var shown = argument.Length > 20 ? argument[..20] + "…" : argument;
            response.SendHtml(
                request.ChatId,
                Rendering.OutsideYearsText.For(argument, culture)
                    ?? BotTexts.Html("reasons.bad_period", culture, shown, current.Quarter.ToString(), current.Month.ToString(), current.Year),
                threadId: request.MessageThreadId);
            return Task.CompletedTask;
        }

        var records = _deviations.Between(period.First, period.Last)
            .Select(d => new DeviationRecord(d.Metric, d.Causes, d.OtherText, d.Deviation))
            .ToList();
        var worked = _workedRenderer.Summary(_worked.Of(period), culture);
        var html = Render(period, records, culture) + (worked.Length > 0 ? "\n" + worked : string.Empty);
        response.SendHtml(request.ChatId, html, threadId: request.MessageThreadId);
        return Task.CompletedTask;
    }

    /// <summary>The period in words: "IV квартал 2026", "ноябрь 2026", "2026 год".</summary>
    private static string PeriodName(ReasonsPeriod period, CultureInfo culture) =>
        period.Quarter is { } quarter ? PeriodNames.Quarter(quarter, culture)
        : period.Month is { } month ? PeriodNames.Month(month, culture)
        : PeriodNames.Year(period.Year ?? period.First.Year, culture);

    private string Render(ReasonsPeriod period, IReadOnlyList<DeviationRecord> records, CultureInfo culture)
    {
        var rows = ReasonsReport.Build(records);
        if (rows.Count == 0)
        {
            return BotTexts.Html("reasons.none", culture, PeriodName(period, culture));
        }

        var language = culture.TwoLetterISOLanguageName;
        var text = new StringBuilder(BotTexts.Html("reasons.header", culture, PeriodName(period, culture), rows.Sum(r => r.Count), records.Count(r => r.Causes.Count > 0)));
        var place = 0;
        foreach (var row in rows)
        {
            var name = _causes.Find(row.Cause)?.Names.For(language) ?? row.Cause;
            text.Append('\n').Append(BotTexts.Html("reasons.line", culture, ++place, name, row.Count, row.Share.ToString("P0", culture)));
            text.Append('\n').Append(BotTexts.Html("reasons.metrics", culture, string.Join(", ", row.Metrics.Select(hit => Hit(hit, culture)))));
            foreach (var other in row.OtherTexts.Take(MaxOtherTexts))
            {
                text.Append('\n').Append(BotTexts.Html("reasons.other", culture, other.Length > 100 ? other[..100] + "…" : other));
            }
        }

        return text.ToString();
    }

    private string Hit(CauseHit hit, CultureInfo culture)
    {
        var metric = _team.FindMetric(hit.Metric);
        var name = metric?.Names.For(culture.TwoLetterISOLanguageName) ?? hit.Metric;
        var unit = metric?.Unit ?? MetricUnit.Count;
        var sign = hit.NetDeviation > 0 ? "+" : hit.NetDeviation < 0 ? "−" : string.Empty;
        var net = sign + NumberFormatting.Format(Math.Abs(hit.NetDeviation), unit, culture);
        return string.Create(culture, $"{name} ×{hit.Count} ({net})");
    }
}
