using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>Registers data files in the chat: <c>/export</c> with its format buttons, and the import of a sent CSV file or workbook.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<ExportDocuments>();
        services.AddSingleton<IBotCommand, ExportDocumentsCommand>();
        services.AddSingleton<ICallbackHandler, ExportCallbacks>();
        services.AddSingleton<DocumentImport>();
        return services;
    }
}
