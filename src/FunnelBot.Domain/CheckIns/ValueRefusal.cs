namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// Why a value was not taken, wherever it was given (check-in, <c>/edit</c>, <c>/plan set</c>, a data file): what the
/// text is not (<see cref="NumberParser"/>) or what the number breaks (<see cref="UnitRules"/>). Each has one text in
/// each language, followed by what is expected for the metric's unit.
/// </summary>
public enum ValueRefusal
{
    /// <summary>Nothing but whitespace.</summary>
    Empty,

    /// <summary>Longer than <see cref="NumberParser.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Letters, exponents, NaN, hexadecimal, symbols, misplaced separators, several numbers.</summary>
    NotANumber,

    /// <summary>Full-width digits or digits of another script: only 0-9 are read.</summary>
    UnsupportedDigits,

    /// <summary>Zero-width spaces, direction marks or other invisible characters.</summary>
    InvisibleCharacters,

    /// <summary>A typed <c>1.234</c> or <c>1,200</c>: decimals or thousands?</summary>
    AmbiguousSeparators,

    /// <summary>Above <see cref="UnitRules.MaxValue"/> (or beyond <see cref="decimal"/> altogether).</summary>
    TooLarge,

    /// <summary>Below 0, or typed with a minus sign (<c>-0</c> too).</summary>
    Negative,

    /// <summary>A count with decimals.</summary>
    NotWhole,

    /// <summary>Money or a percentage with more than 2 decimals.</summary>
    TooManyDecimals,

    /// <summary>A percentage above 100.</summary>
    PercentAbove100,

    /// <summary>Typed with <c>%</c> for a metric that is not a percentage.</summary>
    PercentSignNotExpected,

    /// <summary>Typed with a currency for a metric that is not money.</summary>
    CurrencyNotExpected,

    /// <summary>A percent ratio's target above 1 (a target is a fraction: 0.40 is 40%).</summary>
    TargetAbove1,
}
