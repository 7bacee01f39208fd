using System.CommandLine;
using System.Text;
using FunnelBot.DataFiles;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>export actuals|plans|plan-history|causes|tasks FILE.csv</c>: the data files in the formats that import reads, and
/// the record files to read. UTF-8 without a byte order mark (the bot's <c>/export</c> adds one for spreadsheets).
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export data to a CSV file: actuals and plans import back as they are.");
        command.Subcommands.Add(CreateKind(context, ExportFile.Actuals, "Weekly values: metric,week,value"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Plans, "Plans: metric,period,value,note"));
        command.Subcommands.Add(CreateKind(context, ExportFile.PlanHistory, "Every plan change: when, who, source, metric, period, old and new value and note"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Causes, "Each recorded deviation with its causes, what worked and its countermeasure"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Tasks, "Every countermeasure task with its owner, due date and status"));
        return command;
    }

    private static Command CreateKind(CliContext context, ExportFile kind, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file to write (replaced if it exists)." };
        var command = new Command(DataFileExporter.NameOf(kind), description) { file };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(file), kind));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, FileInfo file, ExportFile kind)
    {
        using var host = context.OpenHost(parse);
        var exporter = host.Services.GetRequiredService<DataFileExporter>();
        if (file.Directory is { Exists: false } folder)
        {
            folder.Create();
        }

        using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false)))
        {
            exporter.Write(kind, writer, exporter.TeamLanguage);
        }

        context.Output.WriteLine($"{file.Name}: exported {What(kind)}.");
        return ExitCodes.Success;
    }

    private static string What(ExportFile kind) => kind switch
    {
        ExportFile.Actuals => "weekly values",
        ExportFile.Plans => "plans",
        ExportFile.PlanHistory => "the plan history",
        ExportFile.Causes => "the causes of deviations",
        _ => "the tasks",
    };
}
