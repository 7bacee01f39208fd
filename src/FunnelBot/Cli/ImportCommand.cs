using System.CommandLine;
using FunnelBot.DataFiles;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary><c>import actuals FILE.csv</c> and <c>import plans FILE.csv</c>: all rows or none.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Import a data file (CSV) into the database; a file with any bad row is refused whole.");
        command.Subcommands.Add(CreateKind(context, "actuals", DataFileKind.Actuals, "Weekly values: metric,week,value"));
        command.Subcommands.Add(CreateKind(context, "plans", DataFileKind.Plans, "Plans: metric,period,value[,note]"));
        return command;
    }

    private static Command CreateKind(CliContext context, string name, DataFileKind kind, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file (UTF-8, comma-separated, header row)." };
        var command = new Command(name, description) { file };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(file), kind));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, FileInfo file, DataFileKind kind)
    {
        if (!file.Exists)
        {
            throw new CliUsageException($"{file.FullName}: the file does not exist");
        }

        using var host = context.OpenHost(parse);
        var service = host.Services.GetRequiredService<DataFileService>();
        DataFileImportResult result;
        using (var stream = file.OpenRead())
        using (var reader = DataFileService.OpenText(stream))
        {
            result = kind == DataFileKind.Actuals
                ? service.ImportActuals(reader, ChangeAuthor.CliImport)
                : service.ImportPlans(reader, ChangeAuthor.CliImport);
        }

        if (result.IsRefused)
        {
            context.Error.WriteLine($"{file.Name}: refused, nothing was imported ({result.Problems.Count} bad line(s)):");
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            return ExitCodes.UserError;
        }

        var what = kind == DataFileKind.Actuals ? "weekly values" : "plan entries (a year row gives 12 months)";
        context.Output.WriteLine(FormattableString.Invariant($"{file.Name}: imported {result.Rows} {what}, {result.Changed} changed, {result.Unchanged} unchanged."));
        return ExitCodes.Success;
    }
}
