using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>The lines of a plan change, old → new, for the preview and for the result after Confirm.</summary>
public sealed class PlanChangeRenderer
{
    /// <summary>Above this many plans the result lists each metric's count instead of every line.</summary>
    private const int MaxResultLines = 13;
    private readonly TeamConfiguration _team;

    public PlanChangeRenderer(TeamConfiguration team)
    {
        _team = team;
    }

    /// <summary>One line per plan; twelve month plans of one metric and year (a spread year) also get the year's total.</summary>
    public string Lines(IReadOnlyList<PendingPlanItem> items, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var group in items.GroupBy(item => item.Metric))
        {
            var metric = _team.FindMetric(group.Key);
            var name = metric?.Names.For(culture.TwoLetterISOLanguageName) ?? group.Key;
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(BotTexts.Html("plan.change_metric", culture, name));
            foreach (var item in group)
            {
                var entry = item.ToEntry();
                var key = item.Note is null ? "plan.change_line" : "plan.change_line_note";
                text.Append('\n').Append(BotTexts.Html(key, culture, PlanPeriodText.Of(entry, culture), Figure(item.OldValue, group.Key, culture), Figure(item.Value, group.Key, culture), item.Note));
            }

            var list = group.ToList();
            if (list.Count == 12 && list.All(item => item.Kind == PlanKind.Month && item.Year == list[0].Year))
            {
                text.Append('\n').Append(BotTexts.Html(
                    "plan.change_year_total", culture, list[0].Year.ToString("D4", CultureInfo.InvariantCulture),
                    Figure(PlanFigures.Sum(list.Select(i => i.OldValue)), group.Key, culture),
                    Figure(list.Sum(i => i.Value), group.Key, culture)));
            }
        }

        return text.ToString();
    }

    /// <summary>After Confirm: how many plans changed, with the lines when they are few.</summary>
    public string Stored(PendingPlanChangeDocument change, CultureInfo culture)
    {
        var changed = change.Items.Count(item => item.OldValue != item.Value || item.OldNote != item.Note);
        var text = BotTexts.Html("plan.stored", culture, changed);
        return change.Items.Count <= MaxResultLines ? text + "\n" + Lines(change.Items, culture) : text;
    }

    private string Figure(decimal? value, string metricKey, CultureInfo culture) =>
        _team.FindMetric(metricKey) is { } metric ? MetricValueText.Format(value, metric, culture) : MetricValueText.Dash;
}
