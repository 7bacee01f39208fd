using System.Globalization;
using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// How numbers are written in the data files: the bot writes them invariant (<c>1234.5</c>, no thousands separator,
/// no exponent), with a decimal comma in a Russian file (<c>1234,5</c>); it reads them by the file's convention (<see cref="NumberConvention.ForFileSeparator"/>) with the one
/// reader of a value (<see cref="MetricValueReader"/>).
/// </summary>
public static class FileNumbers
{
    /// <summary>The longest part of a file's field a refusal shows; longer text is cut with "…".</summary>
    public const int MaxShown = 40;

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as a file of the convention writes it: <c>1234.5</c>, or <c>1234,5</c> with decimal commas (never thousands separators).</summary>
    public static string Format(decimal value, NumberConvention numbers) => numbers.DecimalComma ? Format(value).Replace('.', ',') : Format(value);

    /// <summary>The example of a valid value as a file of the convention writes it (<c>1234.5</c>, or <c>1234,5</c> with decimal commas).</summary>
    public static string Example(ExpectedValue expected, NumberConvention numbers)
    {
        return Format(ValueExpectation.Example(expected), numbers);
    }

    /// <summary>A percent target's example written as a percentage: <c>40%</c>.</summary>
    public static string PercentExample(ExpectedValue expected) => (ValueExpectation.Example(expected) * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A field as a refusal shows it: as it is, cut after <see cref="MaxShown"/> characters.</summary>
    public static string Shown(string field) => field.Length > MaxShown ? field[..MaxShown] + "…" : field;
}
