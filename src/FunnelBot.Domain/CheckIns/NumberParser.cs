using System.Globalization;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// Reads a number typed in a member's locale. Never throws.
/// <list type="bullet">
/// <item>Surrounding whitespace, one leading <c>+</c> or <c>-</c>, a trailing <c>%</c> (the value is kept as typed: <c>12%</c> is 12).</item>
/// <item>Suffixes, case-insensitive, optionally after a space: <c>k</c>/<c>к</c>/<c>тыс</c> (x1000), <c>m</c>/<c>м</c>/<c>млн</c> (x1000000); not with <c>%</c>.</item>
/// <item>Digits 0-9 only; spaces (normal, U+00A0, U+202F, U+2009) group thousands, never mark decimals.</item>
/// <item>Separators: see <see cref="NumberBody"/>. <c>1 234,5</c> and <c>1,234.5</c> read the same in every locale;
/// a single <c>.</c> or <c>,</c> is a decimal point (<c>12.5</c>, <c>1,5</c>) unless it is the culture's group
/// separator before a valid group (en <c>1,234</c> = 1234); before exactly 3 digits otherwise (ru <c>1,200</c>) it is ambiguous.</item>
/// <item>Refused: exponents, NaN, infinity, other scripts' digits, text, several numbers, more than <see cref="MaxLength"/> characters.</item>
/// </list>
/// </summary>
public static class NumberParser
{
    /// <summary>Longer answers are refused before they are read.</summary>
    public const int MaxLength = 64;

    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    [
        ("k", 1_000m), ("к", 1_000m), ("тыс", 1_000m),
        ("m", 1_000_000m), ("м", 1_000_000m), ("млн", 1_000_000m),
    ];

    public static NumberParseResult Parse(string? text, CultureInfo culture)
    {
        if (text is null)
        {
            return NumberParseResult.Failure(NumberParseError.Empty);
        }

        if (text.Length > MaxLength)
        {
            return NumberParseResult.Failure(NumberParseError.TooLong);
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

        var percent = span.Length > 0 && span[^1] == '%';
        if (percent)
        {
            span = span[..^1].TrimEnd();
        }

        var factor = 1m;
        var letters = TrailingLetters(span);
        if (letters > 0)
        {
            if (percent || !TryFactor(span[^letters..], out factor))
            {
                return NumberParseResult.Failure(NumberParseError.NotANumber);
            }

            span = span[..^letters].TrimEnd();
        }

        var error = NumberBody.TryNormalize(span, culture ?? CultureInfo.InvariantCulture, out var normalized);
        if (error is not null)
        {
            return NumberParseResult.Failure(error.Value);
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !TryMultiply(value, factor, out value))
        {
            return NumberParseResult.Failure(NumberParseError.Overflow);
        }

        return NumberParseResult.Success(negative ? -value : value, percent);
    }

    private static int TrailingLetters(ReadOnlySpan<char> span)
    {
        var count = 0;
        while (count < span.Length && char.IsLetter(span[span.Length - 1 - count]))
        {
            count++;
        }

        return count;
    }

    private static bool TryFactor(ReadOnlySpan<char> suffix, out decimal factor)
    {
        foreach (var (text, value) in Suffixes)
        {
            if (suffix.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                factor = value;
                return true;
            }
        }

        factor = 1m;
        return false;
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
