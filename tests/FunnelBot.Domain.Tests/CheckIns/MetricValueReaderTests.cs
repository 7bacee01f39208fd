using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

/// <summary>The one reading of a value: the bad inputs of every entry point, read as the chat and as each file reads them.</summary>
public sealed class MetricValueReaderTests
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    private static MetricDefinition Metric(MetricUnit unit, MetricKind kind = MetricKind.Entered) =>
        new("m", new MetricNames("М", "M"), FunnelStage.Interest, FunnelChannel.OnlineAds, unit, MetricDirection.Higher, "anna", kind);

    /// <summary>Typed text, the unit, and the refusal in the chat (ru and en alike) and in both kinds of file.</summary>
    public static TheoryData<string, MetricUnit, ValueRefusal> BadInputs => new()
    {
        { "abc", MetricUnit.Count, ValueRefusal.NotANumber },
        { "１２", MetricUnit.Count, ValueRefusal.UnsupportedDigits }, // full-width digits
        { "١٢", MetricUnit.Count, ValueRefusal.UnsupportedDigits }, // Arabic-Indic digits
        { "1e309", MetricUnit.Count, ValueRefusal.NotANumber },
        { "NaN", MetricUnit.Money, ValueRefusal.NotANumber },
        { "Infinity", MetricUnit.Money, ValueRefusal.NotANumber },
        { "0x10", MetricUnit.Count, ValueRefusal.NotANumber },
        { "1\u200F2", MetricUnit.Count, ValueRefusal.InvisibleCharacters }, // right-to-left mark inside digits
        { "1\u200B000", MetricUnit.Count, ValueRefusal.InvisibleCharacters }, // zero-width space inside digits
        { new string('1', 10_000), MetricUnit.Count, ValueRefusal.TooLong },
        { "   ", MetricUnit.Count, ValueRefusal.Empty },
        { "-5", MetricUnit.Count, ValueRefusal.Negative },
        { "-0", MetricUnit.Count, ValueRefusal.Negative },
        { "100000000000000000000", MetricUnit.Count, ValueRefusal.TooLarge }, // 10^20
        { "100000000000000000000", MetricUnit.Percent, ValueRefusal.TooLarge },
        { "1000000000000001", MetricUnit.Money, ValueRefusal.TooLarge },
        { "79228162514264337593543950336", MetricUnit.Count, ValueRefusal.TooLarge }, // beyond decimal
        { "12%", MetricUnit.Count, ValueRefusal.PercentSignNotExpected },
        { "12%", MetricUnit.Money, ValueRefusal.PercentSignNotExpected },
        { "12 ₽", MetricUnit.Count, ValueRefusal.CurrencyNotExpected },
        { "12 руб", MetricUnit.Percent, ValueRefusal.CurrencyNotExpected },
        { "101", MetricUnit.Percent, ValueRefusal.PercentAbove100 },
        { "12.3456", MetricUnit.Percent, ValueRefusal.TooManyDecimals },
        { "0.125", MetricUnit.Money, ValueRefusal.TooManyDecimals },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void ReadValue_BadInput_SameRefusalInEveryConvention(string typed, MetricUnit unit, ValueRefusal expected)
    {
        NumberConvention[] conventions = [NumberConvention.Typed(Ru), NumberConvention.Typed(En), NumberConvention.PointDecimal, NumberConvention.CommaDecimal];

        Assert.All(conventions, convention =>
        {
            var reading = MetricValueReader.ReadValue(typed, unit, convention);
            Assert.Equal(expected, reading.Refusal);
            Assert.False(reading.IsAccepted);
            Assert.Equal(0m, reading.Value);
        });
    }

    [Theory]
    [InlineData("12,5 млн", MetricUnit.Money, 12_500_000)]
    [InlineData("1 850 000 ₽", MetricUnit.Money, 1_850_000)]
    [InlineData("1\u00A0850\u00A0000,50", MetricUnit.Money, 1_850_000.50)]
    [InlineData("1,85 млн руб.", MetricUnit.Money, 1_850_000)]
    [InlineData("12к", MetricUnit.Count, 12_000)]
    [InlineData("12,5 %", MetricUnit.Percent, 12.5)]
    [InlineData("+0", MetricUnit.Count, 0)]
    [InlineData("1000000000000000", MetricUnit.Count, 1_000_000_000_000_000)] // the bound itself
    public void ReadValue_Typed_Accepted(string typed, MetricUnit unit, decimal expected)
    {
        var reading = MetricValueReader.ReadValue(typed, unit, NumberConvention.Typed(Ru));

        Assert.True(reading.IsAccepted);
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("0.40", MetricUnit.Percent, 0.40)]
    [InlineData("40%", MetricUnit.Percent, 0.40)]
    [InlineData("40 %", MetricUnit.Percent, 0.40)]
    [InlineData("250,50 ₽", MetricUnit.Money, 250.50)]
    public void Read_RatioTarget_AFraction(string typed, MetricUnit unit, decimal expected)
    {
        var reading = MetricValueReader.Read(typed, Metric(unit, MetricKind.Ratio), NumberConvention.Typed(Ru));

        Assert.True(reading.IsAccepted);
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("40", MetricUnit.Percent, ValueRefusal.TargetAbove1)]
    [InlineData("140%", MetricUnit.Percent, ValueRefusal.TargetAbove1)]
    [InlineData("-0,1", MetricUnit.Percent, ValueRefusal.Negative)]
    [InlineData("40%", MetricUnit.Money, ValueRefusal.PercentSignNotExpected)]
    [InlineData("2 ₽", MetricUnit.Count, ValueRefusal.CurrencyNotExpected)]
    public void Read_RatioTarget_Refused(string typed, MetricUnit unit, ValueRefusal expected)
    {
        Assert.Equal(expected, MetricValueReader.Read(typed, Metric(unit, MetricKind.Ratio), NumberConvention.Typed(Ru)).Refusal);
    }

    [Theory]
    [InlineData("12,5 млн", "12,5 млн", null)]
    [InlineData("12,5 млн выставка в марте", "12,5 млн", "выставка в марте")]
    [InlineData("1 850 000 ₽ по договору", "1 850 000 ₽", "по договору")]
    [InlineData("120 выставка", "120", "выставка")]
    [InlineData("120 к выставке", "120", "к выставке")] // "к" is a word before more words
    [InlineData("120 к", "120 к", null)] // and a multiplier at the end
    [InlineData("1 200", "1 200", null)]
    [InlineData("12% рост", "12%", "рост")]
    [InlineData("abc def", "abc", "def")]
    [InlineData("99999999999999999999999999999999 много", "99999999999999999999999999999999", "много")]
    public void SplitLeadingValue_ValueThenWords(string text, string value, string? after)
    {
        Assert.Equal((value, after), MetricValueReader.SplitLeadingValue(text, Ru));
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("2", true)]
    [InlineData("1 850 000 руб", true)]
    [InlineData("-5%", true)]
    [InlineData("1.234", true)]
    [InlineData("12 13", true)]
    [InlineData("99999999999999999999999999999999", true)]
    [InlineData("12 звонков", false)]
    [InlineData("Поднять ставки", false)]
    [InlineData("1e3", false)]
    public void ReadsAsNumber_WhatAWordsAnswerMustNotBe(string text, bool expected)
    {
        Assert.Equal(expected, MetricValueReader.ReadsAsNumber(text, Ru));
    }
}
