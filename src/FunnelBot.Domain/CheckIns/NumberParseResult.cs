namespace FunnelBot.Domain.CheckIns;

/// <summary>A number read from a message: its value, or why it could not be read.</summary>
public sealed record NumberParseResult
{
    private NumberParseResult(decimal value, bool hasPercentSign, NumberParseError? error)
    {
        Value = value;
        HasPercentSign = hasPercentSign;
        Error = error;
    }

    /// <summary>The number (0 when <see cref="Error"/> is set). <c>12%</c> reads as 12, <c>12k</c> as 12000.</summary>
    public decimal Value { get; }

    /// <summary>Whether the number was typed with a trailing <c>%</c>.</summary>
    public bool HasPercentSign { get; }

    public NumberParseError? Error { get; }

    public bool IsSuccess => Error is null;

    public static NumberParseResult Success(decimal value, bool hasPercentSign = false) => new(value, hasPercentSign, null);

    public static NumberParseResult Failure(NumberParseError error) => new(0m, false, error);
}
