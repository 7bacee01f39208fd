using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// <c>/plan set &lt;metric&gt; &lt;2026-03|2026|2026-W10&gt; &lt;value&gt; [note]</c> (the manager): the value is read in the
/// manager's language as every entry point reads a value (<see cref="MetricValueReader"/>: <c>12,5 млн</c> is one value,
/// the words after it the note), its period by the plans file's rules (<see cref="PlanRowRules"/>); the reply shows old →
/// new with Confirm / Cancel, and the change waits in <see cref="PendingPlanChangeStore"/> until then.
/// </summary>
public sealed class PlanSetAction
{
    private const int MaxNoteLength = 300;
    private readonly TeamConfiguration _team;
    private readonly PendingPlanChangeStore _pending;
    private readonly PlanChangeRenderer _renderer;
    private readonly MetricResolver _metrics;
    private readonly NameChoices _choices;

    public PlanSetAction(TeamConfiguration team, PendingPlanChangeStore pending, PlanChangeRenderer renderer, MetricResolver metrics, NameChoices choices)
    {
        _metrics = metrics;
        _choices = choices;
        _team = team;
        _pending = pending;
        _renderer = renderer;
    }

    public void Handle(BotRequest request, BotResponse response, string arguments, int currentYear)
    {
        var culture = request.Culture;
        var named = _metrics.Leading(arguments, wordsAfter: 2);
        var parts = named.Rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var example = _metrics.Example(request.Member, culture, m => m.Kind == MetricKind.Entered);
        var usage = BotTexts.Html("plan.set_usage", culture, example, currentYear.ToString("D4", CultureInfo.InvariantCulture) + "-03");
        if (named.Typed.Length == 0 || parts.Length < 2)
        {
            response.SendHtml(request.ChatId, usage);
            return;
        }

        if (named.Match.One is not { } metric)
        {
            _choices.OfferMetrics(request, response, "plan", "set", named, _team.Metrics);
            return;
        }

        var (typed, note) = MetricValueReader.SplitLeadingValue(parts[1], culture);
        var reading = MetricValueReader.Read(typed, metric, NumberConvention.Typed(culture));
        var refusal = reading.Refusal is { } bad ? Rendering.ValueRefusalText.Html(bad, typed, metric, culture)
            : note?.Length > MaxNoteLength ? BotTexts.Html("refusal.TextTooLong", culture)
            : null;
        var row = refusal is null ? PlanRowRules.Read(metric, parts[0], reading.Value, note) : null;
        refusal ??= Problem(metric, parts[0], row!, currentYear, culture);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal + "\n" + usage);
            return;
        }

        var change = _pending.Prepare(request.RequiredMember.Key, row!.Entries);
        if (change.Items.All(item => item.OldValue == item.Value && item.OldNote == item.Note))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("plan.unchanged", culture));
            return;
        }

        response.Write(() => _pending.Add(change));
        var html = BotTexts.Html("plan.preview_header", culture) + "\n" + _renderer.Lines(change.Items, culture) + "\n" + BotTexts.Html("plan.confirm_hint", culture);
        response.SendHtml(request.ChatId, html, PlanButtons.For(change.Id, culture));
    }

    private static string? Problem(MetricDefinition metric, string period, PlanRowResult row, int year, CultureInfo culture)
    {
        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        return row.PeriodProblem switch
        {
            PlanPeriodProblem.NotAPeriod => Rendering.OutsideYearsText.For(period, culture) ?? BotTexts.Html("plan.problem_period", culture, period),
            PlanPeriodProblem.RatioTargetPerYear => BotTexts.Html("plan.problem_ratio_period", culture, name, metric.Key, year.ToString("D4", CultureInfo.InvariantCulture)),
            _ => null,
        };
    }
}
