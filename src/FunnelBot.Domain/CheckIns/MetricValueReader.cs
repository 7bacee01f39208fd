using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// The one reading of a value for a metric, for every entry point (the check-in, <c>/edit</c>, <c>/plan set</c>, data
/// files, and whatever comes: connectors, an HTTP API): the number as <see cref="NumberParser"/> reads it in the
/// entry point's <see cref="NumberConvention"/>, checked by <see cref="UnitRules"/>. An entered metric's value or plan
/// follows its unit; a ratio's plan is its target.
/// </summary>
public static class MetricValueReader
{
    /// <summary>A value or plan of <paramref name="metric"/>; for a ratio, its target.</summary>
    public static ValueReading Read(string? text, MetricDefinition metric, NumberConvention convention) =>
        metric.IsRatio ? ReadTarget(text, metric.Unit, convention) : ReadValue(text, metric.Unit, convention);

    /// <summary>Only whether the text is a number at all, for a value whose metric is unknown (no unit to check it by).</summary>
    public static ValueReading ReadNumber(string? text, NumberConvention convention)
    {
        var parsed = NumberParser.Parse(text, convention);
        return parsed.IsSuccess ? ValueReading.Accepted(parsed.Value) : ValueReading.Refused(RefusalOf(parsed.Error!.Value));
    }

    /// <summary>A value (or a month, week or year plan) of a metric of <paramref name="unit"/>.</summary>
    public static ValueReading ReadValue(string? text, MetricUnit unit, NumberConvention convention)
    {
        var parsed = NumberParser.Parse(text, convention);
        if (!parsed.IsSuccess)
        {
            return ValueReading.Refused(RefusalOf(parsed.Error!.Value));
        }

        return UnitRules.Check(unit, parsed) is { } refusal ? ValueReading.Refused(refusal) : ValueReading.Accepted(parsed.Value);
    }

    /// <summary>A ratio's target: a fraction (<c>0.40</c>), or for a percent ratio a percentage (<c>40%</c> is 0.40).</summary>
    public static ValueReading ReadTarget(string? text, MetricUnit unit, NumberConvention convention)
    {
        var parsed = NumberParser.Parse(text, convention);
        if (!parsed.IsSuccess)
        {
            return ValueReading.Refused(RefusalOf(parsed.Error!.Value));
        }

        return UnitRules.CheckTarget(unit, parsed) is { } refusal ? ValueReading.Refused(refusal) : ValueReading.Accepted(UnitRules.TargetValue(parsed));
    }

    /// <summary>
    /// Whether a typed text reads as a number at all, whatever its sign, unit or size (<c>12</c>, <c>1 850 000 руб</c>,
    /// <c>-5%</c>, <c>1.234</c>, twenty nines): an answer where words are expected that does is a number, not words.
    /// </summary>
    public static bool ReadsAsNumber(string? text, CultureInfo culture) =>
        NumberParser.Parse(text, culture).Error is null
            or NumberParseError.Overflow or NumberParseError.AmbiguousSeparators or NumberParseError.InvalidGrouping or NumberParseError.UnsupportedDigits;

    /// <summary>
    /// Splits a value and the words after it (<c>12,5 млн выставка</c>: <c>12,5 млн</c> and <c>выставка</c>): the value
    /// is the longest run of leading words that reads as a number, so that thousands, multipliers and currencies
    /// written apart belong to it. A one-letter multiplier or currency written apart (<c>120 к выставке</c>) belongs to
    /// it only at the end, since it is also a word. With no leading number the first word is the value (and refused).
    /// </summary>
    public static (string Value, string? After) SplitLeadingValue(string text, CultureInfo culture)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return (string.Empty, null);
        }

        for (var count = Math.Min(words.Count, NumberParser.MaxLength / 2); count >= 1; count--)
        {
            var last = words[count - 1];
            var end = last.Start + last.Length;
            if (count < words.Count && count > 1 && last.Length <= 2 && char.IsLetter(text[last.Start]))
            {
                continue;
            }

            var candidate = text[words[0].Start..end];
            var error = NumberParser.Parse(candidate, culture).Error;
            if (error is null or NumberParseError.Overflow)
            {
                return (candidate, RestAfter(text, words, count));
            }
        }

        return (text[words[0].Start..(words[0].Start + words[0].Length)], RestAfter(text, words, 1));
    }

    private static string? RestAfter(string text, List<(int Start, int Length)> words, int count) =>
        count < words.Count ? text[words[count].Start..].TrimEnd() : null;

    /// <summary>The words of a text: runs of characters between whitespace (a no-break space keeps a number together).</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int Start, int Length)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separates = i == text.Length || text[i] is ' ' or '\t' or '\n' or '\r';
            if (separates && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
            else if (!separates && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    private static ValueRefusal RefusalOf(NumberParseError error) => error switch
    {
        NumberParseError.Empty => ValueRefusal.Empty,
        NumberParseError.TooLong => ValueRefusal.TooLong,
        NumberParseError.UnsupportedDigits => ValueRefusal.UnsupportedDigits,
        NumberParseError.InvisibleCharacters => ValueRefusal.InvisibleCharacters,
        NumberParseError.AmbiguousSeparators => ValueRefusal.AmbiguousSeparators,
        NumberParseError.Overflow => ValueRefusal.TooLarge,
        _ => ValueRefusal.NotANumber,
    };
}
