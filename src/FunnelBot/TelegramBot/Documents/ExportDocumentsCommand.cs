using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// <c>/export [actuals|plans|plan-history|causes|tasks]</c> (manager, private): the data as CSV documents, all five
/// without an argument. UTF-8 with a byte order mark so that spreadsheet programs show Cyrillic; names carry the
/// team's date (<c>actuals-2026-11-28.csv</c>); an empty store still gives a file with its header row.
/// </summary>
public sealed class ExportDocumentsCommand : IBotCommand
{
    private readonly DataFileExporter _exporter;
    private readonly TeamClock _calendar;

    public ExportDocumentsCommand(DataFileExporter exporter, TeamClock calendar)
    {
        _exporter = exporter;
        _calendar = calendar;
    }

    public string Name => "export";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public bool IsCostly(BotRequest request) => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var argument = request.Arguments.Trim();
        IReadOnlyList<ExportFile> files = DataFileExporter.All;
        if (argument.Length > 0)
        {
            if (!DataFileExporter.TryParse(argument, out var one))
            {
                var shown = argument.Length > 30 ? argument[..30] + "…" : argument;
                response.SendHtml(request.ChatId, BotTexts.Html("export.bad_argument", culture, shown));
                return Task.CompletedTask;
            }

            files = [one];
        }

        var today = _calendar.Today;
        var stamp = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var file in files)
        {
            var name = DataFileExporter.NameOf(file);
            response.Send(new OutgoingMessage
            {
                ChatId = request.ChatId,
                Kind = OutgoingKind.Document,
                File = _exporter.ToBytes(file, culture.TwoLetterISOLanguageName, byteOrderMark: true),
                FileName = $"{name}-{stamp}.csv",
                Html = BotTexts.Html("export.caption." + name, culture, Dates.Numeric(today, culture)),
                MemberKey = request.RequiredMember.Key,
            });
        }

        return Task.CompletedTask;
    }
}
