using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Plans;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// <c>/plan fromlastyear &lt;growth %&gt; [metric|all] [year]</c> (the manager; the year defaults to
/// <see cref="PlanFromLastYearService.DefaultYear"/>): previews each entered metric's base → new total from
/// <see cref="PlanFromLastYearService"/> with incomplete months left out, and the buttons of
/// <see cref="PlanFromLastYearRenderer"/>; a press of the choice button computes the preview again (<see cref="Recompute"/>).
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

    public void Handle(BotRequest request, BotResponse response, string arguments)
    {
        var culture = request.Culture;
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var defaultYear = _service.DefaultYear;
        var usage = BotTexts.Html("plan.fly_usage", culture, Year(defaultYear));
        if (parts.Length is < 1 or > 3)
        {
            response.SendHtml(request.ChatId, usage);
            return;
        }

        var growth = NumberParser.Parse(parts[0], culture);
        string? metricKey = null;
        var year = defaultYear;
        foreach (var part in parts.Skip(1))
        {
            if (PlanRowRules.TryParseYear(part, out var typedYear))
            {
                year = typedYear;
            }
            else if (OutsideYearsText.For(part, culture) is { } outside)
            {
                response.SendHtml(request.ChatId, outside + "\n" + usage);
                return;
            }
            else if (!string.Equals(part, "all", StringComparison.OrdinalIgnoreCase))
            {
                metricKey = part;
            }
        }

        var problem = growth.IsSuccess ? _service.Check(year, growth.Value, metricKey) : FromLastYearProblem.BadGrowth;
        if (problem is { } refused)
        {
            response.SendHtml(request.ChatId, Refusal(refused, parts[0], metricKey ?? string.Empty, year, defaultYear, culture) + "\n" + usage);
            return;
        }

        var asked = new PendingFromLastYear { Year = year, Growth = growth.Value, Metric = metricKey, Incomplete = IncompleteMonths.LeaveOut };
        var preview = _service.Preview(year, growth.Value, metricKey, asked.Incomplete);
        if (preview.IsEmpty)
        {
            response.SendHtml(request.ChatId, PlanFromLastYearRenderer.Nothing(preview, culture));
            return;
        }

        var (change, message, keyboard) = Prepare(request, preview, asked);
        response.Write(() => _pending.Add(change));
        response.SendHtml(request.ChatId, message, keyboard);
    }

    /// <summary>
    /// The choice button of a pending plan from last year: the same request computed again with <paramref name="choice"/>
    /// (on today's values and plans), stored in place of the pending one. A preview that was one message and still is
    /// one is edited in place; otherwise the pressed message says so and the new preview is sent below it.
    /// </summary>
    public void Recompute(BotRequest request, BotResponse response, PendingPlanChangeDocument change, int messageId, IncompleteMonths choice)
    {
        var culture = request.Culture;
        var asked = change.FromLastYear!;
        var again = new PendingFromLastYear { Year = asked.Year, Growth = asked.Growth, Metric = asked.Metric, Incomplete = choice };
        if (_service.Check(again.Year, again.Growth, again.Metric) is not null)
        {
            // The configuration changed since the preview (e.g. the metric is gone): it cannot be computed again.
            var who = request.RequiredMember.Key;
            response.Write(() => _pending.Close(change.Id, PendingPlanStatus.Stale, who));
            response.EditHtml(request.ChatId, messageId, BotTexts.Html("plan.stale", culture));
            response.AnswerCallback(BotTexts.Template("plan.stale", culture));
            return;
        }

        var preview = _service.Preview(again.Year, again.Growth, again.Metric, choice);
        var (fresh, html, keyboard) = Prepare(request, preview, again, change.Id);
        response.Write(() =>
        {
            if (!_pending.Recompute(change.Id, fresh))
            {
                throw new InvalidOperationException($"Pending plan change {change.Id} was closed before it was computed again.");
            }
        });
        if (asked.PreviewParts == 1 && again.PreviewParts == 1)
        {
            response.EditHtml(request.ChatId, messageId, html, keyboard);
        }
        else
        {
            response.EditHtml(request.ChatId, messageId, BotTexts.Html("plan.fly_recomputed", culture));
            response.SendHtml(request.ChatId, html, keyboard);
        }

        response.AnswerCallback(BotTexts.Template("plan.toast_recomputed", culture));
    }

    private (PendingPlanChangeDocument Change, string Html, List<List<OutgoingButton>> Keyboard) Prepare(
        BotRequest request, PlanFromLastYearPreview preview, PendingFromLastYear asked, string? id = null)
    {
        var change = _pending.Prepare(request.RequiredMember.Key, preview.Entries, preview.ManualEntries, asked);
        if (id is not null)
        {
            change.Id = id;
        }

        var (html, keyboard) = PlanFromLastYearRenderer.Preview(preview, change.Id, request.Culture);
        asked.PreviewParts = MessageSplitter.Split(html).Count;
        return (change, html, keyboard);
    }

    private string Refusal(FromLastYearProblem problem, string growth, string metric, int year, int defaultYear, CultureInfo culture) => problem switch
    {
        FromLastYearProblem.UnknownMetric => BotTexts.Html("plan.unknown_metric", culture, metric, string.Join(", ", _team.Metrics.Select(m => m.Key))),
        FromLastYearProblem.RatioMetric => BotTexts.Html("plan.fly_ratio", culture, metric, Year(year)),
        FromLastYearProblem.AutomaticMetric => BotTexts.Html("plan.fly_automatic", culture, metric),
        FromLastYearProblem.BadYear => BotTexts.Html("plan.bad_year", culture, Year(year), Year(defaultYear)),
        _ => BotTexts.Html("plan.bad_growth", culture, growth),
    };

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
