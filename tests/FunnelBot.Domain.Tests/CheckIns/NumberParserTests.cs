using FunnelBot.Domain.CheckIns;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class NumberParserTests
{
    private const string Nbsp = "\u00A0";
    private const string Nnbsp = "\u202F";

    public static TheoryData<string, string, decimal> Numbers => new()
    {
        { "1234", "ru", 1234m },
        { "1234", "en", 1234m },
        { "0", "ru", 0m },
        { "007", "en", 7m },
        { "1 234", "ru", 1234m },
        { "1" + Nbsp + "234", "ru", 1234m },
        { "1" + Nnbsp + "234", "ru", 1234m },
        { "1 234,5", "ru", 1234.5m },
        { "1" + Nbsp + "234" + Nbsp + "567,89", "ru", 1234567.89m },
        { "1,234.5", "en", 1234.5m },
        { "1,234,567.25", "en", 1234567.25m },
        { "1,234", "en", 1234m }, // en group separator with valid grouping: thousands
        { "1,5", "ru", 1.5m }, // ru decimal separator
        { "1,23", "ru", 1.23m },
        { "1234,567", "ru", 1234.567m }, // "1234" cannot be a thousands group: a decimal point
        { "12.5", "ru", 12.5m }, // '.' in ru cannot group "12" + "5": a decimal point
        { "0.125", "ru", 0.125m }, // a group cannot start with 0: a decimal point
        { "12,5", "en", 12.5m }, // en ',' that cannot group: a decimal point
        { "1,23", "en", 1.23m },
        { "1.2345", "en", 1.2345m }, // en decimal separator; 4 digits cannot be a group
        { "1.234", "de-DE", 1234m }, // de groups with '.'
        { "1 234", "en", 1234m },
        { "1 234,5", "en", 1234.5m }, // ru-style in en: unambiguous
        { "1,234.5", "ru", 1234.5m }, // en-style in ru: unambiguous
        { "1.234,5", "en", 1234.5m },
        { "1.000.000", "ru", 1000000m },
        { "1,000,000", "ru", 1000000m }, // ',' twice cannot be a decimal point
        { "12к", "ru", 12000m },
        { "12К", "ru", 12000m },
        { "12k", "en", 12000m },
        { "12 K", "en", 12000m },
        { "1,5k", "ru", 1500m },
        { "1.5k", "en", 1500m },
        { "2м", "ru", 2000000m },
        { "2M", "en", 2000000m },
        { "1,5 млн", "ru", 1500000m },
        { "1,5МЛН", "ru", 1500000m },
        { "12 тыс", "ru", 12000m },
        { "+12", "ru", 12m },
        { "-12", "ru", -12m }, // the sign is the unit rules' business
        { "−3,5", "ru", -3.5m }, // U+2212 minus sign
        { "  12  ", "en", 12m },
        { Nbsp + "12\t", "ru", 12m },
        { "12%", "ru", 12m },
        { "12,5 %", "ru", 12.5m },
        { "99.99%", "en", 99.99m },
        { "79228162514264337593543950335", "en", decimal.MaxValue },
        { "1 850 000 ₽", "ru", 1850000m },
        { "1 850 000 руб", "ru", 1850000m },
        { "1 850 000 руб.", "ru", 1850000m },
        { "1850000р.", "ru", 1850000m },
        { "1850000 р", "ru", 1850000m },
        { "1,85 млн ₽", "ru", 1850000m },
        { "1,85 млн. руб.", "ru", 1850000m },
        { "12 тыс. руб", "ru", 12000m },
        { "12к₽", "ru", 12000m },
        { "12 RUB", "en", 12m },
        { "-0", "ru", 0m }, // a number; the minus is reported for the unit rules
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Parse_NumberInLocale_ReturnsValue(string text, string culture, decimal expected)
    {
        var result = NumberParser.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Null(result.Error);
        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    public static TheoryData<string?, string, NumberParseError> Refusals => new()
    {
        { null, "ru", NumberParseError.Empty },
        { "", "ru", NumberParseError.Empty },
        { "   ", "en", NumberParseError.Empty },
        { Nbsp + "\n", "ru", NumberParseError.Empty },
        { "abc", "en", NumberParseError.NotANumber },
        { "twelve", "en", NumberParseError.NotANumber },
        { "двенадцать", "ru", NumberParseError.NotANumber },
        { "1e309", "en", NumberParseError.NotANumber },
        { "1E5", "en", NumberParseError.NotANumber },
        { "1.5e3", "en", NumberParseError.NotANumber },
        { "NaN", "en", NumberParseError.NotANumber },
        { "Infinity", "en", NumberParseError.NotANumber },
        { "-Infinity", "en", NumberParseError.NotANumber },
        { "∞", "ru", NumberParseError.NotANumber },
        { "12abc", "en", NumberParseError.NotANumber },
        { "12kk", "en", NumberParseError.NotANumber },
        { "12k%", "en", NumberParseError.NotANumber },
        { "k", "en", NumberParseError.NotANumber },
        { "%", "en", NumberParseError.NotANumber },
        { "+", "en", NumberParseError.NotANumber },
        { "--12", "en", NumberParseError.NotANumber },
        { "+-12", "en", NumberParseError.NotANumber },
        { "1..2", "en", NumberParseError.NotANumber },
        { "1,,2", "ru", NumberParseError.NotANumber },
        { "12.", "en", NumberParseError.NotANumber },
        { ".5", "en", NumberParseError.NotANumber },
        { "1.234,5.6", "en", NumberParseError.NotANumber },
        { "$12", "en", NumberParseError.NotANumber },
        { "12/3", "en", NumberParseError.NotANumber },
        { "0x1F", "en", NumberParseError.NotANumber },
        { "0x10", "ru", NumberParseError.NotANumber },
        { "12 ₽%", "ru", NumberParseError.NotANumber }, // a currency or a percentage, not both
        { "12% руб", "ru", NumberParseError.NotANumber },
        { "12k%", "ru", NumberParseError.NotANumber },
        { "₽", "ru", NumberParseError.NotANumber },
        { "12 км", "ru", NumberParseError.NotANumber },
        { "12 рублей", "ru", NumberParseError.NotANumber },
        { "1\u200B000", "ru", NumberParseError.InvisibleCharacters }, // zero-width space
        { "1\u2060000", "ru", NumberParseError.InvisibleCharacters }, // word joiner
        { "\u202E12", "ru", NumberParseError.InvisibleCharacters }, // right-to-left override: shows 21
        { "12\u200F", "en", NumberParseError.InvisibleCharacters }, // right-to-left mark
        { "\uFEFF12", "en", NumberParseError.InvisibleCharacters }, // byte order mark
        { "1\u00AD000", "en", NumberParseError.InvisibleCharacters }, // soft hyphen
        { "１２", "ru", NumberParseError.UnsupportedDigits }, // full-width digits
        { "١٢", "en", NumberParseError.UnsupportedDigits }, // Arabic-Indic digits
        { "۱۲", "en", NumberParseError.UnsupportedDigits }, // Extended Arabic-Indic digits
        { "12 13", "ru", NumberParseError.InvalidGrouping }, // two numbers
        { "1 2 3", "en", NumberParseError.InvalidGrouping },
        { "1234 567", "ru", NumberParseError.InvalidGrouping }, // first group of 4
        { "1,23,4", "en", NumberParseError.InvalidGrouping },
        { "1 234,567 8", "ru", NumberParseError.InvalidGrouping },
        { "1.234", "ru", NumberParseError.AmbiguousSeparators }, // 1.234 or 1234?
        { "12.500", "ru", NumberParseError.AmbiguousSeparators },
        { "1,234", "ru", NumberParseError.AmbiguousSeparators }, // ru decimal comma, but 1234 is as likely
        { "1,200", "ru", NumberParseError.AmbiguousSeparators }, // must not become 1.2 silently
        { "1.500", "en", NumberParseError.AmbiguousSeparators }, // en decimal point, but 1500 is as likely
        { "1 234,567", "en", NumberParseError.AmbiguousSeparators },
        { "123456789012345678901234567890", "en", NumberParseError.Overflow },
        { "79228162514264337593543950335k", "en", NumberParseError.Overflow },
        { "100000000000000000000000000 млн", "ru", NumberParseError.Overflow },
        { new string('1', 65), "en", NumberParseError.TooLong },
        { "12" + new string(' ', 70), "en", NumberParseError.TooLong },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Parse_NotAReadableNumber_ReturnsError(string? text, string culture, NumberParseError expected)
    {
        var result = NumberParser.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData("-0", true)]
    [InlineData("−0,0", true)]
    [InlineData("-12", true)]
    [InlineData("+0", false)]
    [InlineData("0", false)]
    public void Parse_MinusSign_IsReportedEvenForZero(string text, bool expected)
    {
        Assert.Equal(expected, NumberParser.Parse(text, CultureInfo.GetCultureInfo("ru")).HasMinusSign);
    }

    [Theory]
    [InlineData("12 ₽", true)]
    [InlineData("12руб.", true)]
    [InlineData("12", false)]
    [InlineData("12%", false)]
    public void Parse_Currency_IsReported(string text, bool expected)
    {
        Assert.Equal(expected, NumberParser.Parse(text, CultureInfo.GetCultureInfo("ru")).HasCurrencySign);
    }

    public static TheoryData<string, string, decimal> FileNumbers => new()
    {
        { "1850000.50", ",", 1850000.50m },
        { "1,850,000.50", ",", 1850000.50m }, // quoted in a comma file, as a spreadsheet in English saves a grouped cell
        { "1 850 000.50", ",", 1850000.50m },
        { "1,234", ",", 1234m }, // ',' groups in a comma file, never a decimal comma
        { "0.125", ",", 0.125m },
        { "1 850 000,50", ";", 1850000.50m }, // a spreadsheet in Russian
        { "1\u00A0850\u00A0000,50", ";", 1850000.50m },
        { "1\u202F850\u202F000,50", ";", 1850000.50m },
        { "1850000,50", ";", 1850000.50m },
        { "1850000.50", ";", 1850000.50m }, // the bot's own export, opened and saved as semicolons
        { "1,234", ";", 1.234m }, // a decimal comma in a semicolon file, never thousands
        { "1,5 млн", ";", 1500000m },
        { "42,5%", ";", 42.5m },
    };

    [Theory]
    [MemberData(nameof(FileNumbers))]
    public void Parse_FileNumber_ReadByTheFilesSeparator(string text, string separator, decimal expected)
    {
        var result = NumberParser.Parse(text, NumberConvention.ForFileSeparator(separator[0]));

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("1,5", ",")] // a decimal comma in a comma file
    [InlineData("1.850.000", ",")]
    [InlineData("1 850,000", ",")] // two different group separators
    [InlineData("1,850,000.50.1", ",")]
    [InlineData("1.850.000,50", ";")] // points for thousands in a semicolon file
    [InlineData("1.850,50", ";")]
    [InlineData("1,850,000", ";")]
    [InlineData("12 13", ";")]
    [InlineData("1e3", ";")]
    public void Parse_FileNumberAgainstTheFilesSeparator_Refused(string text, string separator)
    {
        Assert.False(NumberParser.Parse(text, NumberConvention.ForFileSeparator(separator[0])).IsSuccess);
    }

    [Theory]
    [InlineData("12%", true)]
    [InlineData("12 %", true)]
    [InlineData("12", false)]
    public void Parse_TrailingPercent_IsReported(string text, bool expected)
    {
        Assert.Equal(expected, NumberParser.Parse(text, CultureInfo.GetCultureInfo("ru")).HasPercentSign);
    }

    [Fact]
    public void Parse_VeryLongInput_IsRefusedAsTooLong()
    {
        var huge = new string('9', 10_000_000);

        Assert.Equal(NumberParseError.TooLong, NumberParser.Parse(huge, CultureInfo.InvariantCulture).Error);
    }

    [Fact]
    public void Parse_RandomStrings_NeverThrows()
    {
        const string alphabet = "0123456789 .,+-−%kKкКмМmлнтыс\u00A0\u202Fe∞１١\t\n$/";
        var random = new Random(20261128);
        var cultures = new[] { CultureInfo.GetCultureInfo("ru-RU"), CultureInfo.GetCultureInfo("en-US"), CultureInfo.InvariantCulture };
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 70)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);

            var result = NumberParser.Parse(text, cultures[i % cultures.Length]);

            // A number needs at least one digit 0-9 and fits in 64 characters; a refusal carries no value.
            if (result.IsSuccess)
            {
                Assert.Contains(text, char.IsAsciiDigit);
                Assert.InRange(text.Length, 1, NumberParser.MaxLength);
            }
            else
            {
                Assert.Equal(0m, result.Value);
            }
        }
    }
}
