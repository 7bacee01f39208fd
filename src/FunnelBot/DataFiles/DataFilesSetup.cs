using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.DataFiles;

/// <summary>Registers CSV import and export.</summary>
public static class DataFilesSetup
{
    public static IHostApplicationBuilder AddDataFiles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DataFileService>();
        builder.Services.AddSingleton<DataFileExporter>();
        return builder;
    }
}
