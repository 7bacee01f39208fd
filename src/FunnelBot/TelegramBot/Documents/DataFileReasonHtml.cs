using System.Globalization;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// The reasons of a refused data file in the manager's language, from <see cref="BotTexts"/> (keys
/// <c>datafile.reason.&lt;Code&gt;</c>, with <c>datafile.value.*</c>, <c>datafile.columns.*</c> and
/// <c>datafile.decimals.*</c> for their parts). What the file has is shown as typed, escaped and shortened.
/// </summary>
public static class DataFileReasonHtml
{
    /// <summary>The longest text from the file a reason shows; longer text is cut with "…".</summary>
    public const int MaxTextLength = 100;

    /// <summary>The resource key of a reason code.</summary>
    public static string KeyOf(DataFileReasonCode code) => "datafile.reason." + code;

    /// <summary>One reason as Telegram HTML.</summary>
    public static string Html(DataFileReason reason, CultureInfo culture)
    {
        var key = KeyOf(reason.Code);
        var text = Shorten(reason.Text);
        return reason.Code switch
        {
            DataFileReasonCode.EmptyFile => BotTexts.Html(key, culture, DataFileFormat.HeaderOf(reason.Kind)),
            DataFileReasonCode.WrongHeader => BotTexts.Html(key, culture, DataFileFormat.HeaderOf(reason.Kind), text),
            DataFileReasonCode.WrongColumnCount =>
                BotTexts.Html(key, culture, Part("datafile.columns." + reason.Kind, culture), DataFileFormat.HeaderOf(reason.Kind), reason.Columns),
            DataFileReasonCode.NotANumber =>
                BotTexts.Html(key, culture, text, Part(reason.DecimalComma ? "datafile.decimals.comma" : "datafile.decimals.point", culture)),
            DataFileReasonCode.YearOutsideRange =>
                BotTexts.Html(key, culture, text, Domain.Periods.SupportedYears.First, Domain.Periods.SupportedYears.Last),
            DataFileReasonCode.ValueOutOfRange => BotTexts.Html(key, culture, Part("datafile.value." + reason.ValueProblem, culture), text),
            DataFileReasonCode.TargetOutOfRange => BotTexts.Html(key, culture, Part("datafile.value." + reason.ValueProblem, culture)),
            _ => BotTexts.Html(key, culture, text),
        };
    }

    /// <summary>All the reasons of a line as Telegram HTML, joined with "; ".</summary>
    public static string Html(IEnumerable<DataFileReason> reasons, CultureInfo culture) =>
        string.Join("; ", reasons.Select(reason => Html(reason, culture)));

    /// <summary>
    /// A part of a reason; a value's part may name the bound of every value (<c>datafile.value.TooLarge</c>), written as
    /// numbers are written in the files (and in the command line's refusals).
    /// </summary>
    private static HtmlFragment Part(string key, CultureInfo culture) =>
        new(BotTexts.Html(key, culture, UnitRules.FormatNumber(Domain.CheckIns.UnitRules.MaxValue)));

    private static string Shorten(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] + "…" : text;
}
