using System.CommandLine;
using FunnelBot.DataFiles;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>export actuals|plans|plan-history|causes|tasks FILE [--locale ru|en]</c>: the data files in the formats that
/// import reads, and the record files to read; a workbook when FILE ends in <c>.xlsx</c>, CSV otherwise. Without
/// <c>--locale</c> the file is the English layout scripts read (UTF-8 without a byte order mark, cause names in the
/// team's language), so that existing scripts keep working whatever the team's locale; <c>--locale ru</c> writes what a
/// Russian spreadsheet opens as columns (semicolons, decimal comma, Russian headers, names beside the keys, a byte order
/// mark); <c>--locale en</c> the English layout with English names.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export data to a CSV file or an Excel workbook (.xlsx): actuals and plans import back as they are.");
        command.Subcommands.Add(CreateKind(context, ExportFile.Actuals, "Weekly values: metric,week,value"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Plans, "Plans: metric,period,value,note"));
        command.Subcommands.Add(CreateKind(context, ExportFile.PlanHistory, "Every plan change: when, who, source, metric, period, old and new value and note"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Causes, "Each recorded deviation with its causes, what worked and its countermeasure"));
        command.Subcommands.Add(CreateKind(context, ExportFile.Tasks, "Every countermeasure task with its owner, due date and status"));
        return command;
    }

    private static Command CreateKind(CliContext context, ExportFile kind, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to write (replaced if it exists): a workbook if it ends in .xlsx, CSV otherwise." };
        var locale = new Option<string?>("--locale")
        {
            Description = "ru: for a Russian spreadsheet (semicolons, decimal comma, Russian headers, metric names and dates beside the keys); "
                + "en: English names. Default: the English layout scripts read, cause names in the team's language.",
        };
        var command = new Command(DataFileExporter.NameOf(kind), description) { file, locale };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(file), parse.GetValue(locale), kind));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, FileInfo file, string? locale, ExportFile kind)
    {
        var language = locale?.Trim().ToLowerInvariant() switch
        {
            null => (FileLanguage?)null,
            "ru" => FileLanguage.Russian,
            "en" => FileLanguage.English,
            _ => throw new CliUsageException($"--locale: '{locale}' is not ru or en"),
        };
        using var host = context.OpenHost(parse);
        var exporter = host.Services.GetRequiredService<DataFileExporter>();
        if (file.Directory is { Exists: false } folder)
        {
            folder.Create();
        }

        var format = ExportFormats.OfFileName(file.Name);
        var causeLanguage = language?.Code() ?? exporter.TeamLanguage;
        var bytes = exporter.ToBytes(kind, format, language ?? FileLanguage.English, byteOrderMark: language == FileLanguage.Russian, causeLanguage);
        File.WriteAllBytes(file.FullName, bytes);
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
