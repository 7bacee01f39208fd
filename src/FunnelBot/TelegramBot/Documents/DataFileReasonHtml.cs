using System.Globalization;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// The reasons of a refused data file in the manager's language, from <see cref="BotTexts"/> (keys
/// <c>datafile.reason.&lt;Code&gt;</c>), the header expected as the export writes it in that language; a refused value in the words of
/// every other entry point (<see cref="ValueRefusalText"/>), its example and the bound of every value written as the
/// file writes numbers. What the file has is shown as typed, escaped and shortened.
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
            DataFileReasonCode.EmptyFile => BotTexts.Html(key, culture, HeaderFor(reason.Kind, culture)),
            DataFileReasonCode.WrongHeader => BotTexts.Html(key, culture, HeaderFor(reason.Kind, culture), text),
            DataFileReasonCode.WrongColumnCount =>
                BotTexts.Html(key, culture, DataFileReasonText.ColumnRange(reason, BotTexts.Template("datafile.columns.or", culture)), text, reason.Columns),
            DataFileReasonCode.YearOutsideRange =>
                BotTexts.Html(key, culture, text, Domain.Periods.SupportedYears.First, Domain.Periods.SupportedYears.Last),
            DataFileReasonCode.BadValue => BadValue(reason, culture),
            _ => BotTexts.Html(key, culture, text),
        };
    }

    /// <summary>All the reasons of a line as Telegram HTML, joined with "; ".</summary>
    public static string Html(IEnumerable<DataFileReason> reasons, CultureInfo culture) =>
        string.Join("; ", reasons.Select(reason => Html(reason, culture)));

    /// <summary>The header a file of <paramref name="kind"/> is expected to have, as the export writes it in the reader's language.</summary>
    private static string HeaderFor(DataFileKind kind, CultureInfo culture) => DataFileFormat.HeaderOf(kind, FileLanguages.Of(culture.Name));

    private static string BadValue(DataFileReason reason, CultureInfo culture)
    {
        var wrong = new HtmlFragment(ValueRefusalText.Wrong(reason.Refusal, reason.Text, reason.Metric, culture, FileNumbers.Format(Domain.CheckIns.UnitRules.MaxValue)));
        if (reason.Metric is null)
        {
            return wrong.Html;
        }

        var expected = Domain.CheckIns.ValueExpectation.Of(reason.Metric);
        var example = ValueRefusalText.Expected(reason.Metric, culture, FileNumbers.Example(expected, reason.Numbers), FileNumbers.PercentExample(expected));
        return BotTexts.Html(KeyOf(reason.Code), culture, wrong, new HtmlFragment(example));
    }

    private static string Shorten(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] + "…" : text;
}
