using System.CommandLine;
using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Plans;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>plan from-last-year --growth 15 [--year 2027] [--metric leads] [--incomplete leave-out|two-years-back]
/// [--replace-manual] [--dry-run]</c>: month plans from the last complete months.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "Plans: make a year's month plans from last year's actuals.");
        var year = new Option<int?>("--year") { Description = "The year to plan (default: in January the current year, later the next one, in the team's zone)." };
        var growth = new Option<string>("--growth") { Description = "Growth over last year in percent, e.g. 15, 15%, -10 or 7.5.", Required = true };
        var metric = new Option<string?>("--metric") { Description = "One entered metric (default: all entered metrics)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the preview and store nothing." };
        var incomplete = new Option<string>("--incomplete")
        {
            Description = "Months of last year not over or with weeks without data: leave-out (no plan, the default) or two-years-back (the same month a year earlier).",
            DefaultValueFactory = _ => LeaveOut,
        };
        var replaceManual = new Option<bool>("--replace-manual") { Description = "Also replace month plans set by hand (kept by default)." };
        var fromLastYear = new Command("from-last-year", "Month plans = last year's same month x (1 + growth), rounded to the unit; only complete months count.")
        {
            year,
            growth,
            metric,
            incomplete,
            replaceManual,
            dryRun,
        };
        fromLastYear.SetAction(parse => Run(
            context,
            parse,
            new Request(
                parse.GetValue(year),
                parse.GetRequiredValue(growth),
                parse.GetValue(metric),
                parse.GetValue(incomplete) ?? LeaveOut,
                parse.GetValue(replaceManual)),
            parse.GetValue(dryRun)));
        command.Subcommands.Add(fromLastYear);
        return command;
    }

    private const string LeaveOut = "leave-out";
    private const string TwoYearsBack = "two-years-back";

    private static int Run(CliContext context, ParseResult parse, Request request, bool dryRun)
    {
        var (requestedYear, growthText, metric, incompleteText, replaceManual) = request;
        var choice = incompleteText switch
        {
            LeaveOut => IncompleteMonths.LeaveOut,
            TwoYearsBack => IncompleteMonths.TwoYearsBack,
            _ => throw new CliUsageException($"--incomplete: '{incompleteText}' is not {LeaveOut} or {TwoYearsBack}"),
        };
        var parsed = NumberParser.Parse(growthText, CultureInfo.InvariantCulture);
        if (!parsed.IsSuccess)
        {
            throw new CliUsageException($"--growth: '{growthText}' is not a number of percent such as 15, -10 or 7.5");
        }

        using var host = context.OpenHost(parse);
        var service = host.Services.GetRequiredService<PlanFromLastYearService>();
        var year = requestedYear ?? service.DefaultYear;
        var key = metric is null || string.Equals(metric, "all", StringComparison.OrdinalIgnoreCase) ? null : metric;
        if (service.Check(year, parsed.Value, key) is { } problem)
        {
            throw new CliUsageException(Describe(problem, year, growthText, key ?? string.Empty));
        }

        var preview = service.Preview(year, parsed.Value, key, choice);
        var locale = host.Services.GetRequiredService<TeamConfiguration>().Team.Locale;
        context.Output.Write(PlanFromLastYearText.Render(preview, CultureInfo.GetCultureInfo(locale == "ru" ? "ru-RU" : "en-US")));
        if (dryRun)
        {
            context.Output.WriteLine("Dry run: nothing was stored.");
            return ExitCodes.Success;
        }

        var changed = service.Store(preview, ChangeAuthor.Cli, replaceManual);
        var stored = preview.Entries.Count + (replaceManual ? preview.ManualEntries.Count : 0);
        context.Output.WriteLine(FormattableString.Invariant($"Stored {stored} month plan(s), {changed} changed."));
        if (preview.Manual.Count > 0)
        {
            context.Output.WriteLine(FormattableString.Invariant(
                $"{preview.Manual.Count} plan(s) set by hand {(replaceManual ? "replaced" : "kept")}."));
        }
        return ExitCodes.Success;
    }

    private static string Describe(FromLastYearProblem problem, int year, string growth, string metric) => problem switch
    {
        FromLastYearProblem.UnknownMetric => $"--metric: unknown metric '{metric}'",
        FromLastYearProblem.RatioMetric => $"--metric: '{metric}' is a ratio; its plan is a yearly target: import a plans file row {metric},{year},<target>",
        FromLastYearProblem.AutomaticMetric => $"--metric: '{metric}' is automatic (computed by the bot) and gets no plan",
        FromLastYearProblem.BadGrowth => $"--growth: '{growth}' must be above -100 and at most 1000 (percent)",
        _ => FormattableString.Invariant($"--year: {year} is outside the years {SupportedYears.First} to {SupportedYears.Last}"),
    };

    private sealed record Request(int? Year, string Growth, string? Metric, string Incomplete, bool ReplaceManual);
}
