namespace FunnelBot.Domain.CheckIns;

/// <summary>A number read from a message or a file: its value and the signs written with it, or why it could not be read.</summary>
public sealed record NumberParseResult
{
    private NumberParseResult(decimal value, bool hasPercentSign, bool hasCurrencySign, bool hasMinusSign, NumberParseError? error)
    {
        Value = value;
        HasPercentSign = hasPercentSign;
        HasCurrencySign = hasCurrencySign;
        HasMinusSign = hasMinusSign;
        Error = error;
    }

    /// <summary>The number (0 when <see cref="Error"/> is set). <c>12%</c> reads as 12, <c>12k</c> as 12000.</summary>
    public decimal Value { get; }

    /// <summary>Whether the number was typed with a trailing <c>%</c>.</summary>
    public bool HasPercentSign { get; }

    /// <summary>Whether the number was typed with a currency (<c>₽</c>, <c>руб</c>, <c>р.</c>).</summary>
    public bool HasCurrencySign { get; }

    /// <summary>Whether the number was typed with a minus sign, <c>-0</c> included.</summary>
    public bool HasMinusSign { get; }

    public NumberParseError? Error { get; }

    public bool IsSuccess => Error is null;

    public static NumberParseResult Success(decimal value, bool hasPercentSign = false, bool hasCurrencySign = false, bool hasMinusSign = false) =>
        new(value, hasPercentSign, hasCurrencySign, hasMinusSign || value < 0m, null);

    public static NumberParseResult Failure(NumberParseError error) => new(0m, false, false, false, error);
}
