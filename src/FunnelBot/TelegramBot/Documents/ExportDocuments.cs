using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// The export documents for the manager who asked: each file in the manager's language (<see cref="FileLanguage"/>:
/// a Russian manager gets semicolons, decimal commas, Russian headers and names beside the keys) as CSV (UTF-8 with a
/// byte order mark, so that spreadsheet programs show Cyrillic) or as a workbook, named with the team's day
/// (<c>actuals-2026-11-28.xlsx</c>); an empty store still gives a file with its header row. A team's files are far
/// under the 50 MB a bot may send.
/// </summary>
public sealed class ExportDocuments
{
    private readonly DataFileExporter _exporter;
    private readonly TeamClock _calendar;

    public ExportDocuments(DataFileExporter exporter, TeamClock calendar)
    {
        _exporter = exporter;
        _calendar = calendar;
    }

    public void Send(BotRequest request, IReadOnlyList<ExportFile> files, ExportFormat format, BotResponse response)
    {
        var culture = request.Culture;
        var language = FileLanguages.Of(culture.Name);
        var today = _calendar.Today;
        foreach (var file in files)
        {
            response.Send(new OutgoingMessage
            {
                ChatId = request.ChatId,
                Kind = OutgoingKind.Document,
                File = _exporter.ToBytes(file, format, language, byteOrderMark: true, culture.TwoLetterISOLanguageName),
                FileName = DataFileExporter.FileName(file, format, today),
                Html = BotTexts.Html("export.caption." + DataFileExporter.NameOf(file), culture, Dates.Numeric(today, culture)),
                MemberKey = request.RequiredMember.Key,
            });
        }
    }
}
