using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>Registers data files in the chat: <c>/export</c> and the import of a sent CSV file.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IBotCommand, ExportDocumentsCommand>();
        services.AddSingleton<DocumentImport>();
        return services;
    }
}
