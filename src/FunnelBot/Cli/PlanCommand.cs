using System.CommandLine;
using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Plans;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary><c>plan from-last-year --growth 15 [--year 2027] [--metric leads] [--dry-run]</c>: month plans from last year's actuals.</summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "Plans: make a year's month plans from last year's actuals.");
        var year = new Option<int?>("--year") { Description = "The year to plan (default: next year in the team's zone)." };
        var growth = new Option<string>("--growth") { Description = "Growth over last year in percent, e.g. 15, 15%, -10 or 7.5.", Required = true };
        var metric = new Option<string?>("--metric") { Description = "One entered metric (default: all entered metrics)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the preview and store nothing." };
        var fromLastYear = new Command("from-last-year", "Month plans = last year's same month x (1 + growth), rounded to the unit.")
        {
            year,
            growth,
            metric,
            dryRun,
        };
        fromLastYear.SetAction(parse => Run(context, parse, parse.GetValue(year), parse.GetRequiredValue(growth), parse.GetValue(metric), parse.GetValue(dryRun)));
        command.Subcommands.Add(fromLastYear);
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, int? requestedYear, string growthText, string? metric, bool dryRun)
    {
        var parsed = NumberParser.Parse(growthText, CultureInfo.InvariantCulture);
        if (!parsed.IsSuccess)
        {
            throw new CliUsageException($"--growth: '{growthText}' is not a number of percent such as 15, -10 or 7.5");
        }

        using var host = context.OpenHost(parse);
        var service = host.Services.GetRequiredService<PlanFromLastYearService>();
        var year = requestedYear ?? host.Services.GetRequiredService<ReportingWeek>().Current.Year + 1;
        var key = metric is null || string.Equals(metric, "all", StringComparison.OrdinalIgnoreCase) ? null : metric;
        if (service.Check(year, parsed.Value, key) is { } problem)
        {
            throw new CliUsageException(Describe(problem, year, growthText, key ?? string.Empty));
        }

        var preview = service.Preview(year, parsed.Value, key);
        var locale = host.Services.GetRequiredService<TeamConfiguration>().Team.Locale;
        context.Output.Write(PlanFromLastYearText.Render(preview, CultureInfo.GetCultureInfo(locale == "ru" ? "ru-RU" : "en-US")));
        if (dryRun)
        {
            context.Output.WriteLine("Dry run: nothing was stored.");
            return ExitCodes.Success;
        }

        var changed = service.Store(preview, ChangeAuthor.Cli);
        context.Output.WriteLine(FormattableString.Invariant($"Stored {preview.Entries.Count} month plan(s), {changed} changed."));
        return ExitCodes.Success;
    }

    private static string Describe(FromLastYearProblem problem, int year, string growth, string metric) => problem switch
    {
        FromLastYearProblem.UnknownMetric => $"--metric: unknown metric '{metric}'",
        FromLastYearProblem.RatioMetric => $"--metric: '{metric}' is a ratio; its plan is a yearly target: import a plans file row {metric},{year},<target>",
        FromLastYearProblem.AutomaticMetric => $"--metric: '{metric}' is automatic (computed by the bot) and gets no plan",
        FromLastYearProblem.BadGrowth => $"--growth: '{growth}' must be above -100 and at most 1000 (percent)",
        _ => FormattableString.Invariant($"--year: {year} is not a year that can be planned from the year before"),
    };
}
