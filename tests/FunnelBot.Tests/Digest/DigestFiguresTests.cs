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
    public void Compose_Week48_EveryMetricLineCarriesTheJsonReportFigures(DigestKind kind, string language)
    {
        var week = new IsoWeek(2026, 48);
        var culture = BotTexts.CultureOf(language);
        var json = JsonDocument.Parse(ScorecardJsonWriter.ToText(_services.Service<ScorecardService>().Build(week)));

        var digest = _services.Service<DigestComposer>().Compose(kind, week, new DateOnly(2026, 11, 30), culture);

        Assert.Equal(ScorecardJsonWriter.ToText(_services.Service<ScorecardService>().Build(week)), ScorecardJsonWriter.ToText(digest.Report));
        var team = _services.Service<TeamConfiguration>();
        foreach (var metric in json.RootElement.GetProperty("metrics").EnumerateArray())
        {
            var definition = team.FindMetric(metric.GetProperty("key").GetString()!)!;
            var main = metric.GetProperty(kind == DigestKind.Weekly ? "week" : "month");

            // A period without a value says so instead of the report's 0, and has no attainment.
            var missing = kind == DigestKind.Weekly
                ? !metric.GetProperty("submitted").GetBoolean()
                : main.GetProperty("weeksWithValues").GetInt32() == 0;
            var second = metric.GetProperty(kind == DigestKind.Weekly ? "month" : "quarter");
            var year = metric.GetProperty("year");
            var expected = string.Join(
                " · ",
                (missing ? BotTexts.Template("figure.no_data", culture) : MetricText.Format(Number(main, "actual"), definition, culture))
                    + " / " + MetricText.Format(Number(main, "plan"), definition, culture),
                missing ? MetricText.Dash : NumberFormatting.FormatAttainment(Number(main, "attainment"), culture),
                PeriodAttainment(second, culture),
                PeriodAttainment(year, culture));
            Assert.Contains(BotTexts.Escape(expected), digest.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DigestKind.Weekly, "en", "• Leads, Q4 2026: 31 of 40 · needs 2 a week, 5 weeks left · forecast 31")]
    [InlineData(DigestKind.Monthly, "ru", "• Лиды, IV квартал 2026: 31 из 40 · нужно 2 в неделю, осталось 5 недель · прогноз 31")]
    public void Compose_Week48_HeadlineMetricsShowThePaceOfTheNearestOpenPeriod(DigestKind kind, string language, string line)
    {
        // Leads (the one headline metric of the test team): 10 + 7 + 8 + 6 = 31 of November's 40. November ends with
        // W48, so the quarter leads, whose full plan is the same 40 (December has none): 9 over W49..W53 is 1.8 a week,
        // shown as 2 so that keeping to it reaches the plan.
        var digest = _services.Service<DigestComposer>().Compose(kind, new IsoWeek(2026, 48), new DateOnly(2026, 11, 30), BotTexts.CultureOf(language));

        Assert.Contains(BotTexts.Html("pace.header", BotTexts.CultureOf(language)) + "\n" + line, digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Calls held,", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Week48English_KnownLinesAndEscapedTeamName()
    {
        var digest = _services.Service<DigestComposer>().Compose(DigestKind.Weekly, new IsoWeek(2026, 48), new DateOnly(2026, 11, 30), BotTexts.English);

        Assert.StartsWith("📊 <b>Test &lt;Team&gt; &amp; Co</b>: week 2026-W48 (23 Nov–29 Nov)", digest.Html, StringComparison.Ordinal);

        // Week 6 of 10 = 60% red; month W45..W48 31 of 40 = 77.5% (shown 77%, as /status shows it); year the same (plans only
        // in November); 31 against 10 last year: +210%.
        Assert.Contains("🔴 Leads (Anna): 6 / 10 · 60% · 77% · 77% · +210%", digest.Html, StringComparison.Ordinal);

        // Ratio: 3 / 6 = 50% against 40%.
        Assert.Contains("🟢 Qualification rate (Maria): 50% / 40% · 125%", digest.Html, StringComparison.Ordinal);
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
        foreach (var bar in chart.Attainment)
        {
            var metric = team.FindMetric(bar.MetricKey)!;
            var line = digest.Html.Split('\n').Single(l => l.Contains(BotTexts.Escape(metric.Names.For(language)) + " (", StringComparison.Ordinal) && l.Contains(" · ", StringComparison.Ordinal));

            // The line's first percentage is the main period's attainment: the one the bar shows.
            Assert.Contains(" · " + AttainmentPanel.ValueLabel(bar, labels, culture) + " · ", line, StringComparison.Ordinal);
        }
    }

    private static decimal? Number(JsonElement period, string name) =>
        period.GetProperty(name).ValueKind == JsonValueKind.Null ? null : period.GetProperty(name).GetDecimal();

    /// <summary>A period's attainment as the digest must show it: a dash when none of its weeks has a value.</summary>
    private static string PeriodAttainment(JsonElement period, System.Globalization.CultureInfo culture) =>
        period.GetProperty("weeksWithValues").GetInt32() == 0 ? MetricText.Dash : NumberFormatting.FormatAttainment(Number(period, "attainment"), culture);
}
