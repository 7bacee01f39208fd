using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>An example of a valid answer for each kind of value (<see cref="ValueExpectation"/>), written in the reader's culture.</summary>
public static class UnitExamples
{
    public static string For(ExpectedValue expected, CultureInfo culture)
    {
        var example = ValueExpectation.Example(expected);
        return expected switch
        {
            ExpectedValue.Count => NumberFormatting.Format(example, MetricUnit.Count, culture),
            ExpectedValue.Money => NumberFormatting.Format(example, MetricUnit.Money, culture),
            _ => example.ToString("0.##", culture),
        };
    }

    /// <summary>A percent target's example written as a percentage (<c>40 %</c>); empty for the other kinds.</summary>
    public static string AsPercentage(ExpectedValue expected, CultureInfo culture) =>
        expected == ExpectedValue.PercentTarget ? NumberFormatting.Format(ValueExpectation.Example(expected) * 100m, MetricUnit.Percent, culture) : string.Empty;
}
