using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// The language a file is written for. English is the format scripts read: comma-separated, decimal point, the
/// headers <c>metric,week,value</c> and <c>metric,period,value,note</c>. Russian is what a spreadsheet in a Russian
/// locale opens as columns: semicolon-separated, decimal comma, Russian headers, and the metric's name and the
/// period in words beside the keys.
/// </summary>
public enum FileLanguage
{
    English,
    Russian,
}

/// <summary>What follows from a file's language.</summary>
public static class FileLanguages
{
    /// <summary>The language of a culture or locale name: Russian for <c>ru</c>, <c>ru-RU</c>…; English for anything else.</summary>
    public static FileLanguage Of(string? language) =>
        language is not null && language.Trim().StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? FileLanguage.Russian : FileLanguage.English;

    /// <summary>The two-letter code: <c>en</c> or <c>ru</c> (for the names of metrics and causes).</summary>
    public static string Code(this FileLanguage language) => language == FileLanguage.Russian ? "ru" : "en";

    /// <summary>The CSV field separator: a comma, or a semicolon for Russian.</summary>
    public static char Separator(this FileLanguage language) => language == FileLanguage.Russian ? ';' : ',';

    /// <summary>How numbers are written: a decimal point, or a decimal comma for Russian.</summary>
    public static NumberConvention Numbers(this FileLanguage language) =>
        language == FileLanguage.Russian ? NumberConvention.CommaDecimal : NumberConvention.PointDecimal;
}
