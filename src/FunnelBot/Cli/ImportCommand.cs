using System.CommandLine;
using FunnelBot.DataFiles;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>import actuals FILE</c> and <c>import plans FILE</c>: a CSV file or a workbook (.xlsx, its first sheet, known by
/// its name or its content), in the English or the Russian layout, as either export writes it; all rows or none.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Import a data file (CSV or an Excel workbook .xlsx) into the database; a file with any bad row is refused whole; values that break a funnel rule are stored, each with a warning.");
        command.Subcommands.Add(CreateKind(context, "actuals", DataFileKind.Actuals, "Weekly values: metric,week,value"));
        command.Subcommands.Add(CreateKind(context, "plans", DataFileKind.Plans, "Plans: metric,period,value[,note]"));
        return command;
    }

    private static Command CreateKind(CliContext context, string name, DataFileKind kind, string description)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "The CSV file (UTF-8, comma- or semicolon-separated, header row) or workbook (.xlsx: the first sheet), as export writes it in English or Russian.",
        };
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
        var bytes = File.ReadAllBytes(file.FullName);
        DataFileTable table;
        if (ExportFormats.OfFileName(file.Name) == ExportFormat.Xlsx || XlsxRecords.LooksLikeZip(bytes))
        {
            var read = XlsxRecords.Read(bytes);
            table = read.Status switch
            {
                XlsxReadStatus.Unreadable => throw new CliUsageException($"{file.Name}: not an Excel workbook (.xlsx) that can be read; save it again as .xlsx or as CSV UTF-8"),
                XlsxReadStatus.TooBig => throw new CliUsageException(
                    FormattableString.Invariant($"{file.Name}: the workbook unpacks to more than {XlsxRecords.MaxUnpackedBytes / (1024 * 1024)} MB; export the data sheet alone or as CSV")),
                _ => read.Table!,
            };
        }
        else
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = DataFileService.OpenText(stream);
            table = CsvRecords.Read(reader);
        }

        var result = service.Import(kind, table, ChangeAuthor.CliImport);

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
        foreach (var broken in result.FunnelBreaks)
        {
            context.Error.WriteLine(FunnelWarning(broken));
        }

        return ExitCodes.Success;
    }

    /// <summary>A broken funnel rule as a warning line: stored, not refused.</summary>
    internal static string FunnelWarning(FunnelOutcome broken)
    {
        var rule = broken.Rule;
        var weeks = rule.Weeks == 1 ? broken.Week.ToString() : FormattableString.Invariant($"{broken.From}..{broken.Week}");
        var over = rule.Weeks == 1 ? string.Empty : FormattableString.Invariant($" (summed over {rule.Weeks} weeks)");
        return FormattableString.Invariant(
            $"warning: {weeks}: {rule.Metric} {broken.Value} is more than {rule.AtMost} {broken.AtMostValue}{over}; stored, not confirmed");
    }
}
