using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// A press of CSV or Excel under <c>/export</c>'s question: the question is edited to say the format chosen (its
/// buttons go, so a second press is stale and sends nothing twice) and the files follow. Only the manager, in the
/// private chat, as the command itself.
/// </summary>
public sealed class ExportCallbacks : ICallbackHandler
{
    private readonly ExportDocuments _documents;

    public ExportCallbacks(ExportDocuments documents)
    {
        _documents = documents;
    }

    public string Prefix => ExportButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = ExportButtons.Parse(data);
        if (button is null || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        if (!request.IsManager || !request.IsPrivate)
        {
            response.AnswerCallback(BotTexts.Template("export.toast_manager_only", culture), alert: true);
            return Task.CompletedTask;
        }

        var chosen = BotTexts.Template(button.Format == ExportFormat.Xlsx ? "export.button_xlsx" : "export.button_csv", culture);
        response.EditHtml(request.ChatId, messageId, BotTexts.Html("export.chosen", culture, chosen));
        _documents.Send(request, button.File is { } file ? [file] : DataFileExporter.All, button.Format, response);
        response.AnswerCallback(null);
        return Task.CompletedTask;
    }
}
