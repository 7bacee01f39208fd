using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Plans;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// <c>/plan fromlastyear &lt;growth %&gt; [metric|all] [year]</c> (the manager; the year defaults to next year): previews
/// each entered metric's last-year total → new total from <see cref="PlanFromLastYearService"/>, with Confirm / Cancel.
/// </summary>
public sealed class PlanFromLastYearAction
{
    private readonly TeamConfiguration _team;
    private readonly PlanFromLastYearService _service;
    private readonly PendingPlanChangeStore _pending;

    public PlanFromLastYearAction(TeamConfiguration team, PlanFromLastYearService service, PendingPlanChangeStore pending)
    {
        _team = team;
        _service = service;
        _pending = pending;
    }

    public void Handle(BotRequest request, BotResponse response, string arguments, int currentYear)
    {
        var culture = request.Culture;
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var usage = BotTexts.Html("plan.fly_usage", culture, Year(currentYear + 1));
        if (parts.Length is < 1 or > 3)
        {
            response.SendHtml(request.ChatId, usage);
            return;
        }

        var growth = NumberParser.Parse(parts[0], culture);
        string? metricKey = null;
        var year = currentYear + 1;
        foreach (var part in parts.Skip(1))
        {
            if (PlanRowRules.TryParseYear(part, out var typedYear))
            {
                year = typedYear;
            }
            else if (!string.Equals(part, "all", StringComparison.OrdinalIgnoreCase))
            {
                metricKey = part;
            }
        }

        var problem = growth.IsSuccess ? _service.Check(year, growth.Value, metricKey) : FromLastYearProblem.BadGrowth;
        if (problem is { } refused)
        {
            response.SendHtml(request.ChatId, Refusal(refused, parts[0], metricKey ?? string.Empty, year, currentYear + 1, culture) + "\n" + usage);
            return;
        }

        var preview = _service.Preview(year, growth.Value, metricKey);
        var html = Render(preview, culture);
        if (preview.Entries.Count == 0)
        {
            response.SendHtml(request.ChatId, html + "\n" + BotTexts.Html("plan.fly_nothing", culture, Year(year - 1)));
            return;
        }

        var change = _pending.Prepare(request.RequiredMember.Key, preview.Entries);
        response.Write(() => _pending.Add(change));
        response.SendHtml(request.ChatId, html + "\n" + BotTexts.Html("plan.fly_replaces", culture, Year(year)), PlanButtons.For(change.Id, culture));
    }

    private static string Render(PlanFromLastYearPreview preview, CultureInfo culture)
    {
        var growth = preview.GrowthPercent.ToString("+0.##;-0.##;0", culture) + "%";
        var text = new StringBuilder(BotTexts.Html("plan.fly_header", culture, Year(preview.Year), Year(preview.Year - 1), growth));
        foreach (var metric in preview.Metrics)
        {
            var name = metric.Metric.Names.For(culture.TwoLetterISOLanguageName);
            text.Append('\n').Append(BotTexts.Html(
                "plan.fly_line", culture, name, Year(preview.Year - 1), PlanFigures.Format(metric.Result.LastYearTotal, metric.Metric, culture),
                Year(preview.Year), PlanFigures.Format(metric.Result.PlanTotal, metric.Metric, culture)));
            var missing = metric.Result.MonthsWithoutData;
            if (missing.Count is > 0 and < 12)
            {
                text.Append('\n').Append(BotTexts.Html("plan.fly_no_data", culture, string.Join(", ", missing)));
            }
        }

        foreach (var skipped in preview.Skipped)
        {
            var name = skipped.Names.For(culture.TwoLetterISOLanguageName);
            text.Append('\n').Append(skipped.IsRatio
                ? BotTexts.Html("plan.fly_skipped_ratio", culture, name, skipped.Key, Year(preview.Year))
                : BotTexts.Html("plan.fly_skipped_automatic", culture, name));
        }

        return text.ToString();
    }

    private string Refusal(FromLastYearProblem problem, string growth, string metric, int year, int nextYear, CultureInfo culture) => problem switch
    {
        FromLastYearProblem.UnknownMetric => BotTexts.Html("plan.unknown_metric", culture, metric, string.Join(", ", _team.Metrics.Select(m => m.Key))),
        FromLastYearProblem.RatioMetric => BotTexts.Html("plan.fly_ratio", culture, metric, Year(year)),
        FromLastYearProblem.AutomaticMetric => BotTexts.Html("plan.fly_automatic", culture, metric),
        FromLastYearProblem.BadYear => BotTexts.Html("plan.bad_year", culture, Year(year), Year(nextYear)),
        _ => BotTexts.Html("plan.bad_growth", culture, growth),
    };

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
