using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Stores a corrected value with history (author: the member, from the chat) and says old → new; a past week's value is marked late.</summary>
public sealed class ValueEdit
{
    private readonly WeeklyValueStore _values;
    private readonly ReportingWeek _reportingWeek;

    public ValueEdit(WeeklyValueStore values, ReportingWeek reportingWeek)
    {
        _values = values;
        _reportingWeek = reportingWeek;
    }

    /// <summary>Adds the write to <paramref name="response"/> (marked when <paramref name="funnelConfirmed"/>) and returns the reply.</summary>
    public string Store(
        string member, MetricDefinition metric, IsoWeek week, decimal value, decimal? old, CultureInfo culture, BotResponse response, bool funnelConfirmed = false)
    {
        response.Write(() => _values.Set(new WeeklyValue(metric.Key, week, value), new ChangeAuthor(member, ChangeSource.Chat), funnelConfirmed));
        var text = BotTexts.Html(
            "edit.done", culture, metric.Names.For(culture.TwoLetterISOLanguageName), PeriodNames.WeekWithYear(week, culture), Shown(old, metric, culture),
            NumberFormatting.Format(value, metric.Unit, culture));
        return week < _reportingWeek.Current ? text + "\n" + BotTexts.Html("edit.late", culture) : text;
    }

    /// <summary>A stored value as a reply shows it; no value is said so, never 0.</summary>
    public static string Shown(decimal? value, MetricDefinition metric, CultureInfo culture) =>
        value is { } v ? NumberFormatting.Format(v, metric.Unit, culture) : BotTexts.Template("checkin.no_value", culture);
}
