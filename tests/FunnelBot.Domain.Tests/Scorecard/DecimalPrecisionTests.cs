using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Scorecard;

public sealed class DecimalPrecisionTests
{
    public static TheoryData<decimal, int, decimal> Rows => new()
    {
        { 999.99999999999999999999999996m, 20, 1000m }, // 3 integer digits -> 17 decimals -> rounds up
        { 19.230769230769230769230769231m, 24, 19.2307692307692307692308m }, // 2 integer digits -> 22 decimals
        { 19.23076923076923076923076923m, 24, 19.2307692307692307692308m },
        { 12.5m, 20, 12.5m },
        { 0m, 20, 0m },
        { -2.5m, 1, -2m }, // half to even
        { 0.1234567890123456789012345678m, 20, 0.12345678901234567890m }, // no integer digits -> 20 decimals
        { 79228162514264337593543950335m, 20, 79228162514264337593543950335m }, // decimal.MaxValue has no decimals to drop
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RoundSignificant_Value_KeepsThatManyDigits(decimal value, int digits, decimal expected)
    {
        Assert.Equal(expected, DecimalPrecision.RoundSignificant(value, digits));
    }
}
