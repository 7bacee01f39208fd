using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// The one text of a refused value, wherever it was given (the check-in, <c>/edit</c>, <c>/plan set</c>, a data file):
/// what was wrong (<c>value.&lt;refusal&gt;</c>, naming what was typed, the metric and the bound of every value), then
/// what is expected of the metric's value (<c>expected.&lt;kind&gt;</c>, for a ratio its target), with an example.
/// </summary>
public static class ValueRefusalText
{
    /// <summary>The longest part of what was typed that a refusal shows; longer text is cut with "…".</summary>
    public const int MaxShown = 40;

    /// <summary>What was wrong and, on the next line, what is expected, as the chat shows it.</summary>
    public static string Html(ValueRefusal refusal, string typed, MetricDefinition metric, CultureInfo culture) =>
        Wrong(refusal, typed, metric, culture, ValueLimitText.For(culture)) + "\n" + Expected(
            metric, culture, UnitExamples.For(ValueExpectation.Of(metric), culture), UnitExamples.AsPercentage(ValueExpectation.Of(metric), culture));

    /// <summary>What was wrong, with the bound of every value written as <paramref name="limit"/>.</summary>
    public static string Wrong(ValueRefusal refusal, string typed, MetricDefinition? metric, CultureInfo culture, string limit) =>
        BotTexts.Html("value." + refusal, culture, Shown(typed), metric?.Names.For(culture.TwoLetterISOLanguageName) ?? string.Empty, limit);

    /// <summary>What is expected of the metric's value, with <paramref name="example"/> (and a percent target's example as a percentage).</summary>
    public static string Expected(MetricDefinition metric, CultureInfo culture, string example, string asPercentage) =>
        BotTexts.Html("expected." + ValueExpectation.Of(metric), culture, example, asPercentage);

    private static string Shown(string typed) => typed.Length > MaxShown ? typed[..MaxShown] + "…" : typed;
}
