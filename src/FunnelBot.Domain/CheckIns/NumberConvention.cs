using System.Globalization;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// How the separators of a number are read where it was written: typed by a member in a chat (their culture), or
/// saved in a data file (the file's separator decides). Spaces, no-break spaces (U+00A0) and narrow no-break spaces
/// (U+202F, U+2009) group thousands in every convention and never mark decimals.
/// </summary>
public sealed class NumberConvention
{
    private NumberConvention(CultureInfo? culture, char? fileDecimalPoint)
    {
        Culture = culture;
        FileDecimalPoint = fileDecimalPoint;
    }

    /// <summary>
    /// A comma-separated data file: <c>.</c> is the decimal point and <c>,</c> groups thousands (<c>"1,850,000.50"</c>,
    /// quoted as spreadsheets in English save it), as do spaces (<c>1 850 000.50</c>).
    /// </summary>
    public static NumberConvention PointDecimal { get; } = new(null, '.');

    /// <summary>
    /// A semicolon-separated data file, as a spreadsheet in Russian saves it: <c>,</c> is the decimal point and spaces
    /// group thousands (<c>1 850 000,50</c>). A <c>.</c> is read as a decimal point too (<c>1850000.50</c>), as the
    /// bot's own exports write numbers; a number may not use both.
    /// </summary>
    public static NumberConvention CommaDecimal { get; } = new(null, ',');

    /// <summary>The member's culture for a typed number; null for a data file.</summary>
    internal CultureInfo? Culture { get; }

    /// <summary>The decimal point of a data file's numbers; null for a typed number.</summary>
    internal char? FileDecimalPoint { get; }

    /// <summary>Whether numbers are written with a decimal comma (a semicolon-separated file).</summary>
    public bool DecimalComma => FileDecimalPoint == ',';

    /// <summary>
    /// A number typed by a member: <c>1 234,5</c> and <c>1,234.5</c> read the same in every culture; a single <c>.</c>
    /// or <c>,</c> is a decimal point unless it is the culture's group separator before valid groups (en <c>1,234</c> =
    /// 1234); before exactly 3 digits otherwise (ru <c>1,200</c>) it is ambiguous and refused.
    /// </summary>
    public static NumberConvention Typed(CultureInfo culture) => new(culture ?? CultureInfo.InvariantCulture, null);

    /// <summary>The convention of a data file by its field separator: <c>;</c> means decimal commas, anything else points.</summary>
    public static NumberConvention ForFileSeparator(char separator) => separator == ';' ? CommaDecimal : PointDecimal;
}
