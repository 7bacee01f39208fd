using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;
using FunnelBot.Reporting.Charts;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;
using MetricText = FunnelBot.Reporting.MetricValueText;

namespace FunnelBot.Tests.Digest;

/// <summary>The digest shows the scorecard of <c>report --json</c>: same computation, same numbers, in the team's culture.</summary>
public sealed class DigestFiguresTests : IDisposable
{
    private readonly TestServices _services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);

    public DigestFiguresTests() => ScheduleTestHost.SeedNovember(_services.Services);

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(DigestKind.Weekly, "en")]
    [InlineData(DigestKind.Weekly, "ru")]
    [InlineData(DigestKind.Monthly, "en")]
    [InlineData(DigestKind.Monthly, "ru")]
    public void Compose_Week48_EveryMetricShownCarriesTheJsonReportFigures(DigestKind kind, string language)
    {
        var week = new IsoWeek(2026, 48);
        var culture = BotTexts.CultureOf(language);
        var json = JsonDocument.Parse(ScorecardJsonWriter.ToText(_services.Service<ScorecardService>().Build(week)));

        var digest = _services.Service<DigestComposer>().Compose(kind, week, new DateOnly(2026, 11, 30), culture);

        Assert.Equal(ScorecardJsonWriter.ToText(_services.Service<ScorecardService>().Build(week)), ScorecardJsonWriter.ToText(digest.Report));
        var team = _services.Service<TeamConfiguration>();
        var shown = 0;
        foreach (var metric in json.RootElement.GetProperty("metrics").EnumerateArray())
        {
            var definition = team.FindMetric(metric.GetProperty("key").GetString()!)!;
            var main = metric.GetProperty(kind == DigestKind.Weekly ? "week" : "month");
            var name = BotTexts.Escape(definition.Names.For(language));
            var line = digest.Html.Split('\n').SingleOrDefault(l => l.Contains(" " + name + ": ", StringComparison.Ordinal) || l.Contains("<b>" + name + "</b>: ", StringComparison.Ordinal));
            var headline = team.Team.HeadlineMetrics.Contains(definition.Key);
            var red = main.GetProperty("zone").GetString() == "red" && (kind == DigestKind.Monthly ? main.GetProperty("weeksWithValues").GetInt32() > 0 : metric.GetProperty("submitted").GetBoolean());
            if (!headline && !red)
            {
                continue; // on plan, or not reported: not a line of its own (the standing issues add some, checked elsewhere)
            }

            // A headline or a red metric: its main period's actual, plan and attainment, as the JSON has them.
            Assert.NotNull(line);
            var missing = kind == DigestKind.Weekly ? !metric.GetProperty("submitted").GetBoolean() : main.GetProperty("weeksWithValues").GetInt32() == 0;
            var expected = missing
                ? BotTexts.Template("figure.no_data", culture)
                : MetricText.Format(Number(main, "actual"), definition, culture) + " " + (language == "ru" ? "из" : "of") + " "
                    + MetricText.Format(Number(main, "plan"), definition, culture) + " (" + NumberFormatting.FormatAttainment(Number(main, "attainment"), culture) + ")";
            Assert.Contains(BotTexts.Escape(expected), line, StringComparison.Ordinal);
            shown++;
        }

        Assert.True(shown >= 2, "the leads and the qualified leads are shown");
    }

    [Theory]
    [InlineData(DigestKind.Weekly, "en", "🔴 <b>Leads</b>: 6 of 10 (60%) · Q4 2026: needs 2 a week, 5 weeks left")]
    [InlineData(DigestKind.Monthly, "ru", "🔴 <b>Лиды</b>: 31 из 40 (77\u00A0%) · IV квартал 2026: нужно 2 в неделю · до конца: 5 недель")]
    public void Compose_Week48_HeadlineMetricsLeadWithThePaceOfTheNearestOpenPeriod(DigestKind kind, string language, string line)
    {
        // Leads (the one headline metric of the test team): 10 + 7 + 8 + 6 = 31 of November's 40. November ends with
        // W48, so the quarter's pace is shown, whose full plan is the same 40 (December has none): 9 over W49..W53 is
        // 1.8 a week, shown as 2 so that keeping to it reaches the plan.
        var digest = _services.Service<DigestComposer>().Compose(kind, new IsoWeek(2026, 48), new DateOnly(2026, 11, 30), BotTexts.CultureOf(language));

        Assert.Equal(line, digest.Html.Split("\n\n")[1]);
    }

    [Fact]
    public void Compose_Week48English_KnownLinesAndEscapedTeamName()
    {
        var digest = _services.Service<DigestComposer>().Compose(DigestKind.Weekly, new IsoWeek(2026, 48), new DateOnly(2026, 11, 30), BotTexts.English);

        Assert.StartsWith("📊 <b>Test &lt;Team&gt; &amp; Co</b>: week of 23–29 November\n\n", digest.Html, StringComparison.Ordinal);

        // Qualified 3 of 5 in W48 and red the two weeks before; the ratio (50% of 40%) and calls (55 of 50) are on plan.
        Assert.Contains("🔴 Qualified leads: 3 of 5 (60%), off plan three weeks running · Anna", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Qualification rate:", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Calls held:", digest.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DigestKind.Weekly, "en")]
    [InlineData(DigestKind.Weekly, "ru")]
    [InlineData(DigestKind.Monthly, "ru")]
    public void Chart_OfTheDigest_EveryBarSaysThePercentageOfItsMetricsLine(DigestKind kind, string language)
    {
        var week = new IsoWeek(2026, 48);
        var culture = BotTexts.CultureOf(language);
        var digest = _services.Service<DigestComposer>().Compose(kind, week, new DateOnly(2026, 11, 30), culture);
        var period = kind == DigestKind.Weekly ? DigestChartPeriod.Week : DigestChartPeriod.Month;
        var chart = _services.Service<ChartDataFromInput>().Build(week, period, digest.Input, language);
        var labels = ChartLabels.For(culture);
        var team = _services.Service<TeamConfiguration>();

        Assert.NotEmpty(chart.Attainment);
        var compared = 0;
        foreach (var bar in chart.Attainment)
        {
            var name = BotTexts.Escape(team.FindMetric(bar.MetricKey)!.Names.For(language));
            var line = digest.Html.Split('\n').SingleOrDefault(l => l.Contains(" " + name + ": ", StringComparison.Ordinal) || l.Contains("<b>" + name + "</b>: ", StringComparison.Ordinal));
            if (line is null)
            {
                continue; // a metric on plan has no line of its own
            }

            // The line's percentage is the main period's attainment: the one the bar shows.
            Assert.Contains(bar.HasValue ? "(" + AttainmentPanel.ValueLabel(bar, labels, culture) + ")" : BotTexts.Template("figure.no_data", culture), line, StringComparison.Ordinal);
            compared++;
        }

        Assert.True(compared >= 2);
    }

    private static decimal? Number(JsonElement period, string name) =>
        period.GetProperty(name).ValueKind == JsonValueKind.Null ? null : period.GetProperty(name).GetDecimal();

}
