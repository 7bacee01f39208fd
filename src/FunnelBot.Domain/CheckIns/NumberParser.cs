using System.Globalization;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// The one reader of a number, wherever it is written: typed in a chat in the member's culture, or a field of a data
/// file (<see cref="NumberConvention"/>). Never throws. What the number may be for a metric is
/// <see cref="UnitRules"/>' business, and <see cref="MetricValueReader"/> applies both.
/// <list type="bullet">
/// <item>Surrounding whitespace, one leading <c>+</c> or <c>-</c> (also U+2212), reported by <see cref="NumberParseResult.HasMinusSign"/>
/// even for <c>-0</c>; a trailing <c>%</c> (the value is kept as typed: <c>12%</c> is 12).</item>
/// <item>A trailing currency, optionally after a space: <c>₽</c>, <c>руб</c>, <c>руб.</c>, <c>р</c>, <c>р.</c>, <c>rub</c>; not with <c>%</c>.</item>
/// <item>A multiplier, case-insensitive, optionally after a space and before the currency: <c>k</c>/<c>к</c>/<c>тыс</c>/<c>тыс.</c>
/// (x1000), <c>m</c>/<c>м</c>/<c>млн</c>/<c>млн.</c> (x1000000); not with <c>%</c>.</item>
/// <item>Digits 0-9 only; spaces (normal, U+00A0, U+202F, U+2009) group thousands, never mark decimals;
/// <c>.</c> and <c>,</c> as <see cref="NumberBody"/> reads them in the convention.</item>
/// <item>Refused: invisible characters anywhere (zero-width spaces, direction marks: what is shown is not what is
/// read), exponents, NaN, infinity, hexadecimal, other scripts' digits, text, several numbers, more than
/// <see cref="MaxLength"/> characters.</item>
/// </list>
/// </summary>
public static class NumberParser
{
    /// <summary>Longer answers are refused before they are read.</summary>
    public const int MaxLength = 64;

    private static readonly (string Suffix, decimal Factor)[] Multipliers =
    [
        ("тыс.", 1_000m), ("тыс", 1_000m), ("k", 1_000m), ("к", 1_000m),
        ("млн.", 1_000_000m), ("млн", 1_000_000m), ("m", 1_000_000m), ("м", 1_000_000m),
    ];

    private static readonly string[] Currencies = ["₽", "руб.", "руб", "р.", "р", "rub"];

    /// <summary>Reads a number typed by a member in <paramref name="culture"/>.</summary>
    public static NumberParseResult Parse(string? text, CultureInfo culture) => Parse(text, NumberConvention.Typed(culture));

    public static NumberParseResult Parse(string? text, NumberConvention convention)
    {
        if (text is null)
        {
            return NumberParseResult.Failure(NumberParseError.Empty);
        }

        if (text.Length > MaxLength)
        {
            return NumberParseResult.Failure(NumberParseError.TooLong);
        }

        if (text.AsSpan().ContainsAny(InvisibleCharacters.All))
        {
            return NumberParseResult.Failure(NumberParseError.InvisibleCharacters);
        }

        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return NumberParseResult.Failure(NumberParseError.Empty);
        }

        var negative = span[0] is '-' or '\u2212';
        if (negative || span[0] == '+')
        {
            span = span[1..];
        }

        var currency = TryStripCurrency(ref span);
        var percent = span.Length > 0 && span[^1] == '%';
        if (percent)
        {
            span = span[..^1].TrimEnd();
        }

        var factor = TryStripMultiplier(ref span);
        if ((percent && (currency || factor is not null)) || (span.Length > 0 && char.IsLetter(span[^1])))
        {
            return NumberParseResult.Failure(NumberParseError.NotANumber);
        }

        var error = NumberBody.TryNormalize(span, convention, out var normalized);
        if (error is not null)
        {
            return NumberParseResult.Failure(error.Value);
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !TryMultiply(value, factor ?? 1m, out value))
        {
            return NumberParseResult.Failure(NumberParseError.Overflow);
        }

        return NumberParseResult.Success(negative ? -value : value, percent, currency, negative);
    }

    /// <summary>Takes a trailing currency off; it must follow a digit, a space or a multiplier, not a letter of a word.</summary>
    private static bool TryStripCurrency(ref ReadOnlySpan<char> span)
    {
        foreach (var currency in Currencies)
        {
            if (span.Length > currency.Length && span.EndsWith(currency, StringComparison.OrdinalIgnoreCase))
            {
                var rest = span[..^currency.Length].TrimEnd();
                if (rest.Length > 0 && (!char.IsLetter(rest[^1]) || EndsWithMultiplier(rest)))
                {
                    span = rest;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Takes a trailing multiplier off and returns its factor; it must follow a digit or a space.</summary>
    private static decimal? TryStripMultiplier(ref ReadOnlySpan<char> span)
    {
        foreach (var (suffix, factor) in Multipliers)
        {
            if (span.Length > suffix.Length && span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(span[^(suffix.Length + 1)]))
            {
                span = span[..^suffix.Length].TrimEnd();
                return factor;
            }
        }

        return null;
    }

    private static bool EndsWithMultiplier(ReadOnlySpan<char> span)
    {
        var copy = span;
        return TryStripMultiplier(ref copy) is not null;
    }

    private static bool TryMultiply(decimal value, decimal factor, out decimal product)
    {
        try
        {
            product = value * factor;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }
}
