using System.CommandLine;
using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary><c>report [--week 2026-W48] [--json]</c>: the scorecard of a week (default: the current reporting week).</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var week = new Option<string?>("--week") { Description = "The ISO week, e.g. 2026-W48 (default: the current reporting week in the team's zone)." };
        var json = new Option<bool>("--json") { Description = "Write the JSON object of docs/scorecard.md (\"The JSON report\") instead of a table." };
        var command = new Command("report", "Print the scorecard of a week: week, month, quarter and year to date, against plan and last year.")
        {
            week,
            json,
        };
        command.SetAction(parse => Run(context, parse, parse.GetValue(week), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string? weekText, bool json)
    {
        IsoWeek? requested = null;
        if (weekText is not null)
        {
            requested = IsoWeek.TryParse(weekText, out var parsed) ? parsed
                : IsoWeek.HasUnsupportedYear(weekText)
                    ? throw new CliUsageException(FormattableString.Invariant(
                        $"--week: '{weekText}' is outside the years {SupportedYears.First} to {SupportedYears.Last}"))
                    : throw new CliUsageException($"--week: '{weekText}' is not an ISO week such as 2026-W48 (weeks 1 to 52, or 53 in long years)");
        }

        using var host = context.OpenHost(parse);
        var week = requested ?? host.Services.GetRequiredService<ReportingWeek>().Current;
        var report = host.Services.GetRequiredService<ScorecardService>().Build(week);
        var notes = host.Services.GetRequiredService<WeekNotesService>().For(week);
        if (json)
        {
            context.Output.WriteLine(ScorecardJsonWriter.ToText(report, notes, funnelChecks: host.Services.GetRequiredService<FunnelPlausibility>().Outcomes(week)));
        }
        else
        {
            var locale = host.Services.GetRequiredService<TeamConfiguration>().Team.Locale;
            var causes = host.Services.GetRequiredService<CauseCatalogue>();
            context.Output.Write(ScorecardTextRenderer.Render(report, notes, causes, CultureOf(locale)));
        }

        return ExitCodes.Success;
    }

    private static CultureInfo CultureOf(string locale) => CultureInfo.GetCultureInfo(locale == "ru" ? "ru-RU" : "en-US");
}
