using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Plausibility;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A broken funnel rule in words, as HTML, naming both metrics and their values: "Qualified leads: 25 is more than
/// Leads: 20"; over several weeks with the window's dates. The one wording of the check-in, <c>/edit</c>, the import,
/// the digest and <c>/attention</c>.
/// </summary>
public static class FunnelText
{
    public static string Break(FunnelOutcome outcome, TeamConfiguration team, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        var metric = team.FindMetric(outcome.Rule.Metric);
        var other = team.FindMetric(outcome.Rule.AtMost);
        var unit = metric?.Unit ?? Domain.Scorecard.MetricUnit.Count;
        var value = NumberFormatting.Format(outcome.Value ?? 0m, unit, culture);
        var atMost = NumberFormatting.Format(outcome.AtMostValue ?? 0m, unit, culture);
        var name = metric?.Names.For(language) ?? outcome.Rule.Metric;
        var otherName = other?.Names.For(language) ?? outcome.Rule.AtMost;
        return outcome.Rule.Weeks == 1
            ? BotTexts.Html("funnel.break", culture, name, value, otherName, atMost)
            : BotTexts.Html("funnel.break_weeks", culture, name, value, otherName, atMost, PeriodNames.Days(outcome.From.Monday, outcome.Week.Sunday, culture));
    }

    /// <summary>
    /// The question before a value that breaks funnel rules is stored: the value, each rule it breaks with the other
    /// metric's value, and whether it is right.
    /// </summary>
    public static string Confirmation(
        string metricName, string formattedValue, IReadOnlyList<FunnelOutcome> breaks, TeamConfiguration team, CultureInfo culture)
    {
        var lines = new List<string> { BotTexts.Html("funnel.confirm_header", culture, metricName, formattedValue) };
        lines.AddRange(breaks.Select(outcome => "• " + Break(outcome, team, culture)));
        lines.Add(BotTexts.Html("funnel.confirm_question", culture));
        return string.Join('\n', lines);
    }
}
