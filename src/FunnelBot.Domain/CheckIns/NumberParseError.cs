namespace FunnelBot.Domain.CheckIns;

/// <summary>Why a typed answer or a file's field is not a number the bot can read.</summary>
public enum NumberParseError
{
    /// <summary>Nothing but whitespace (or nothing at all).</summary>
    Empty,

    /// <summary>Longer than <see cref="NumberParser.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Letters, exponents, NaN or infinity, symbols, misplaced or doubled separators.</summary>
    NotANumber,

    /// <summary>Invisible characters (<see cref="InvisibleCharacters"/>): zero-width spaces, direction marks.</summary>
    InvisibleCharacters,

    /// <summary>Digits of another script or full-width digits: only 0-9 are read.</summary>
    UnsupportedDigits,

    /// <summary>Thousands separators in the wrong places, e.g. <c>12 13</c> (two numbers) or <c>1,23,4</c>.</summary>
    InvalidGrouping,

    /// <summary>One separator that could mean a decimal point or thousands, e.g. <c>1.234</c> for a ru member.</summary>
    AmbiguousSeparators,

    /// <summary>Beyond the range of <see cref="decimal"/>.</summary>
    Overflow,
}
