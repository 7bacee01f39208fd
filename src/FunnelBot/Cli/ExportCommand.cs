using System.CommandLine;
using System.Text;
using FunnelBot.DataFiles;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary><c>export actuals FILE.csv</c> and <c>export plans FILE.csv</c>, in the formats that import reads.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export data to a CSV file that import reads back.");
        command.Subcommands.Add(CreateKind(context, "actuals", DataFileKind.Actuals, "Weekly values: metric,week,value"));
        command.Subcommands.Add(CreateKind(context, "plans", DataFileKind.Plans, "Plans: metric,period,value,note"));
        return command;
    }

    private static Command CreateKind(CliContext context, string name, DataFileKind kind, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file to write (replaced if it exists)." };
        var command = new Command(name, description) { file };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(file), kind));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, FileInfo file, DataFileKind kind)
    {
        using var host = context.OpenHost(parse);
        var service = host.Services.GetRequiredService<DataFileService>();
        if (file.Directory is { Exists: false } folder)
        {
            folder.Create();
        }

        using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false)))
        {
            if (kind == DataFileKind.Actuals)
            {
                service.ExportActuals(writer);
            }
            else
            {
                service.ExportPlans(writer);
            }
        }

        context.Output.WriteLine($"{file.Name}: exported {(kind == DataFileKind.Actuals ? "weekly values" : "plans")}.");
        return ExitCodes.Success;
    }
}
