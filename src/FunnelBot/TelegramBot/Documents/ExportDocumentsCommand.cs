using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// <c>/export [actuals|plans|plan-history|causes|tasks] [csv|xlsx]</c> (manager, private): the data as documents, all
/// five files without a file name. Without a format the bot asks with two buttons, CSV or Excel (<see cref="ExportButtons"/>),
/// rather than sending both: one set of files is what is wanted, and ten documents would bury the chat; with a format
/// (<c>/export xlsx</c>) it sends at once (<see cref="ExportDocuments"/>).
/// </summary>
public sealed class ExportDocumentsCommand : IBotCommand
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = ExportFormat.Csv,
        ["xlsx"] = ExportFormat.Xlsx,
        ["excel"] = ExportFormat.Xlsx,
    };

    private readonly ExportDocuments _documents;

    public ExportDocumentsCommand(ExportDocuments documents)
    {
        _documents = documents;
    }

    public string Name => "export";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public bool IsCostly(BotRequest request) => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        ExportFile? file = null;
        ExportFormat? format = null;
        foreach (var word in request.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (file is null && DataFileExporter.TryParse(word, out var one))
            {
                file = one;
            }
            else if (format is null && Formats.TryGetValue(word, out var chosen))
            {
                format = chosen;
            }
            else
            {
                var shown = word.Length > 30 ? word[..30] + "…" : word;
                response.SendHtml(request.ChatId, BotTexts.Html("export.bad_argument", culture, shown));
                return Task.CompletedTask;
            }
        }

        if (format is { } known)
        {
            _documents.Send(request, file is { } single ? [single] : DataFileExporter.All, known, response);
        }
        else
        {
            response.SendHtml(request.ChatId, BotTexts.Html("export.choose", culture), ExportButtons.For(file, culture));
        }

        return Task.CompletedTask;
    }
}
