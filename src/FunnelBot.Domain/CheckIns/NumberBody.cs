using System.Globalization;
using System.Text;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// Turns the digits and separators of a number into invariant text (<c>1234.5</c>). A number typed in a chat
/// (<see cref="NumberConvention.Typed"/>) follows these rules, in order:
/// <list type="number">
/// <item>Runs of digits are joined by single separators: a space (grouping only), <c>.</c> or <c>,</c>.
/// A separator first, last or next to another is not a number (<c>1..2</c>, <c>1,,2</c>, <c>12.</c>, <c>.5</c>).</item>
/// <item>Both <c>.</c> and <c>,</c>: the last one, written once, is the decimal point, the other groups (<c>1,234.5</c>, <c>1.234,5</c>).</item>
/// <item>One of them written twice or more: it groups (<c>1,234,567</c>).</item>
/// <item>One of them written once, as the last separator: the culture's group separator groups when the grouping
/// is valid (en <c>1,234</c> = 1234). Otherwise it is a decimal point (ru <c>1,5</c> = 1.5, ru <c>12.5</c> = 12.5,
/// en <c>12,5</c> = 12.5) unless exactly 3 digits follow a group of 1 to 3 (ru <c>1,234</c>, ru <c>1.000</c>,
/// en <c>1.500</c>): that could be thousands and is refused as ambiguous. Refusing costs nothing, since no unit
/// accepts 3 decimals, and it keeps <c>1,200</c> from being stored as 1.2 when 1200 was meant.</item>
/// <item>Grouping is valid when the first group has 1 to 3 digits (not starting with 0) and every next group 3,
/// all with the same separator; otherwise (<c>12 13</c>) it is refused.</item>
/// </list>
/// A number of a data file has one decimal point, the file's (<see cref="NumberConvention.PointDecimal"/>,
/// <see cref="NumberConvention.CommaDecimal"/>), as its last separator; every other separator groups thousands, validly.
/// </summary>
internal static class NumberBody
{
    private const char Space = ' ';

    public static NumberParseError? TryNormalize(ReadOnlySpan<char> body, NumberConvention convention, out string normalized)
    {
        normalized = string.Empty;
        var error = Split(body, out var runs, out var separators);
        if (error is not null)
        {
            return error;
        }

        error = convention.FileDecimalPoint is { } filePoint
            ? FindFileDecimalPoint(separators, filePoint, out var point)
            : FindDecimalPoint(runs, separators, (convention.Culture ?? CultureInfo.InvariantCulture).NumberFormat, out point);
        if (error is not null)
        {
            return error;
        }

        var integerRuns = point < 0 ? runs : runs[..^1];
        var groupSeparators = point < 0 ? separators : separators[..^1];
        if (!IsValidGrouping(integerRuns, groupSeparators))
        {
            return NumberParseError.InvalidGrouping;
        }

        var text = new StringBuilder(body.Length);
        foreach (var run in integerRuns)
        {
            text.Append(run);
        }

        if (point >= 0)
        {
            text.Append('.').Append(runs[^1]);
        }

        normalized = text.ToString();
        return null;
    }

    private static NumberParseError? Split(ReadOnlySpan<char> body, out List<string> runs, out List<char> separators)
    {
        runs = [];
        separators = [];
        var foreignDigits = false;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            var atEnd = i == body.Length;
            if (!atEnd && char.IsAsciiDigit(body[i]))
            {
                continue;
            }

            if (!atEnd && char.IsDigit(body[i]))
            {
                foreignDigits = true;
                continue;
            }

            if (!atEnd && SeparatorOf(body[i]) is null)
            {
                return NumberParseError.NotANumber;
            }

            if (i == start)
            {
                return foreignDigits ? NumberParseError.UnsupportedDigits : NumberParseError.NotANumber;
            }

            runs.Add(body[start..i].ToString());
            if (!atEnd)
            {
                separators.Add(SeparatorOf(body[i])!.Value);
            }

            start = i + 1;
        }

        return foreignDigits ? NumberParseError.UnsupportedDigits : null;
    }

    private static char? SeparatorOf(char c) => c switch
    {
        '.' or ',' => c,
        ' ' or '\u00A0' or '\u202F' or '\u2009' => Space,
        _ => null,
    };

    /// <summary>Index of the decimal point in <paramref name="separators"/> (always the last one), or -1.</summary>
    private static NumberParseError? FindDecimalPoint(List<string> runs, List<char> separators, NumberFormatInfo format, out int point)
    {
        point = -1;
        var dots = separators.Count(s => s == '.');
        var commas = separators.Count(s => s == ',');
        if (dots == 0 && commas == 0)
        {
            return null;
        }

        var last = separators[^1];
        var lastCount = last == '.' ? dots : commas;
        if (dots > 0 && commas > 0)
        {
            if (last == Space || lastCount != 1)
            {
                return NumberParseError.NotANumber;
            }

            point = separators.Count - 1;
            return null;
        }

        if (last == Space || lastCount > 1)
        {
            return null;
        }

        point = separators.Count - 1;
        if (last == GroupSeparator(format) && IsValidGrouping(runs, separators))
        {
            point = -1;
            return null;
        }

        return HasGroupLengths(runs) ? NumberParseError.AmbiguousSeparators : null;
    }

    /// <summary>
    /// The decimal point of a file's number: <paramref name="filePoint"/> written once as the last separator (in a
    /// decimal-comma file a <c>.</c> instead, when there is no <c>,</c>); any other <c>.</c> is not a number, and a
    /// <c>,</c> of a point-decimal file groups.
    /// </summary>
    private static NumberParseError? FindFileDecimalPoint(List<char> separators, char filePoint, out int point)
    {
        point = -1;
        var dots = separators.Count(s => s == '.');
        var commas = separators.Count(s => s == ',');
        var decimalPoint = filePoint == '.' || (commas == 0 && dots > 0) ? '.' : ',';
        if (filePoint == ',' && dots > 0 && commas > 0)
        {
            return NumberParseError.NotANumber;
        }

        var points = decimalPoint == '.' ? dots : commas;
        if (points == 0)
        {
            return null;
        }

        if (points > 1 || separators[^1] != decimalPoint)
        {
            return NumberParseError.NotANumber;
        }

        point = separators.Count - 1;
        return null;
    }

    private static bool IsValidGrouping(List<string> runs, List<char> separators) =>
        runs.Count == 1 || (HasGroupLengths(runs) && separators.All(s => s == separators[0]));

    /// <summary>Whether the runs have the lengths of thousands groups: 1 to 3 digits (not starting with 0), then 3 each.</summary>
    private static bool HasGroupLengths(List<string> runs) =>
        runs.Count > 1 && runs[0].Length <= 3 && runs[0][0] != '0' && runs.Skip(1).All(run => run.Length == 3);

    private static char? GroupSeparator(NumberFormatInfo format) =>
        format.NumberGroupSeparator switch
        {
            "," => ',',
            "." => '.',
            _ => null,
        };
}
