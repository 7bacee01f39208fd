using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// Writes values in a member's locale with the culture's own separators and patterns (ru-RU: <c>1 234,5</c> with a
/// no-break space, <c>12,5 %</c> with a no-break space; en: <c>1,234.5</c>, <c>12.5%</c>). Nothing is formatted by hand.
/// </summary>
public static class NumberFormatting
{
    /// <summary>Shown where there is no attainment (no plan, plan 0, no actual).</summary>
    public const string NoValue = "—";

    /// <summary>The typographic minus sign (U+2212) of a signed change.</summary>
    public const string Minus = "\u2212";

    /// <summary>count: whole, or up to 2 decimals for a fractional plan; money: up to 2; percent (a value of 0..100): up to 2 and the culture's % pattern.</summary>
    public static string Format(decimal value, MetricUnit unit, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        switch (unit)
        {
            case MetricUnit.Count:
                // An entered count is whole; a plan spread over weeks may not be, and shows its decimals (2,4), so that
                // "2 of a plan of 2" never stands beside 83 %.
                var count = Math.Round(value, UnitRules.MaxDecimals, MidpointRounding.AwayFromZero);
                format.NumberDecimalDigits = DecimalsShown(count);
                return count.ToString("N", format);

            case MetricUnit.Percent:
                var rounded = Math.Round(value, UnitRules.MaxDecimals, MidpointRounding.AwayFromZero);
                format.PercentDecimalDigits = DecimalsShown(rounded);
                return KeepTogether((rounded / 100m).ToString("P", format));

            default:
                var money = Math.Round(value, UnitRules.MaxDecimals, MidpointRounding.AwayFromZero);
                format.NumberDecimalDigits = DecimalsShown(money);
                return money.ToString("N", format);
        }
    }

    /// <summary>
    /// Attainment (1.2 = 120%) as a whole percent, rounded down so that the figure never looks better than its zone
    /// (0.999 is yellow and shows 99%, not 100%); <see cref="NoValue"/> for null.
    /// </summary>
    public static string FormatAttainment(decimal? attainment, CultureInfo culture)
    {
        if (attainment is not { } value)
        {
            return NoValue;
        }

        return WholePercent(Math.Floor(value * 100m), culture);
    }

    /// <summary>
    /// A change against last year (0.12 = +12 %) as a signed whole percent, rounded down like an attainment, with a
    /// typographic minus ("−3 %", not the hyphen "-3 %"); <see cref="NoValue"/> for null.
    /// </summary>
    public static string FormatChange(decimal? change, CultureInfo culture)
    {
        if (change is not { } value)
        {
            return NoValue;
        }

        var percent = Math.Floor(value * 100m);
        return (percent < 0 ? Minus : "+") + WholePercent(Math.Abs(percent), culture);
    }

    /// <summary>
    /// A share (2 of 3 = 0.6667) as a whole percent rounded to the nearest ("67 %"): a share is no attainment, nothing
    /// to look better than; <see cref="NoValue"/> for null.
    /// </summary>
    public static string FormatShare(decimal? share, CultureInfo culture)
    {
        if (share is not { } value)
        {
            return NoValue;
        }

        return WholePercent(Math.Round(value * 100m, MidpointRounding.AwayFromZero), culture);
    }

    /// <summary>A whole number of percent (12 for 12 %) in the culture's percent pattern.</summary>
    private static string WholePercent(decimal percent, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.PercentDecimalDigits = 0;
        return KeepTogether((percent / 100m).ToString("P", format));
    }

    /// <summary>
    /// .NET's percent pattern for ru ("n %") uses a plain space, which lets a chat line break between the number
    /// and its sign; a no-break space keeps them together.
    /// </summary>
    private static string KeepTogether(string formatted) => formatted.Replace(' ', '\u00A0');

    /// <summary>How many of at most 2 decimals a rounded value needs: 12 -> 0, 12.5 -> 1, 12.25 -> 2.</summary>
    private static int DecimalsShown(decimal rounded) =>
        rounded == decimal.Truncate(rounded) ? 0
        : rounded * 10m == decimal.Truncate(rounded * 10m) ? 1
        : 2;
}
