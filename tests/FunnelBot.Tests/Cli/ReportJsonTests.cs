using System.Text.Json;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class ReportJsonTests
{
    private static readonly string[] TopFields = ["week", "weekStart", "weekEnd", "month", "quarter", "year", "metrics", "funnelChecks"];
    private static readonly string[] MetricFields =
        ["key", "owner", "unit", "direction", "kind", "submitted", "week", "month", "quarter", "year", "causes", "otherCause", "whatWorked", "countermeasures", "noCountermeasure", "signal"];
    private static readonly string[] SignalFields = ["verdict", "centre", "averageMovingRange", "lower", "upper", "weeksUsed", "firstWeek", "lastWeek"];
    private static readonly string[] WeekFields = ["actual", "plan", "attainment", "zone", "lastYear"];
    private static readonly string[] PeriodFields = ["actual", "plan", "planFull", "attainment", "zone", "lastYear", "forecast", "neededPerWeek", "weeksLeft", "weeksWithValues"];

    [Fact]
    public async Task Report_Json_HasTheFieldsOfTheContractInOrder()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W10");

        var root = json.RootElement;
        Assert.Equal(TopFields, Names(root));
        Assert.Equal("2026-W10", root.GetProperty("week").GetString());
        Assert.Equal("2026-03-02", root.GetProperty("weekStart").GetString()); // W01 starts Mon 2025-12-29; + 9 weeks
        Assert.Equal("2026-03-08", root.GetProperty("weekEnd").GetString());
        Assert.Equal("2026-03", root.GetProperty("month").GetString());       // Thursday 2026-03-05
        Assert.Equal("2026-Q1", root.GetProperty("quarter").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("year").ValueKind);
        Assert.Equal(2026, root.GetProperty("year").GetInt32());
        var keys = root.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).ToArray();
        Assert.Equal(["leads", "ad_spend", "open_rate", "qualified", "calls", "qualification_rate", "cost_per_lead"], keys);
        foreach (var metric in root.GetProperty("metrics").EnumerateArray())
        {
            Assert.Equal(MetricFields, Names(metric));
            Assert.Equal(WeekFields, Names(metric.GetProperty("week")));
            Assert.Equal(PeriodFields, Names(metric.GetProperty("month")));
            Assert.Equal(PeriodFields, Names(metric.GetProperty("quarter")));
            Assert.Equal(PeriodFields, Names(metric.GetProperty("year")));
            Assert.Equal(SignalFields, Names(metric.GetProperty("signal")));
        }
    }

    [Fact]
    public async Task Report_Signal_TooFewWeeksBefore_NotEnoughHistoryWithoutLimits()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W10");
        var signal = Metric(json, "leads").GetProperty("signal");

        // W06 and W09 are the only values of the 12 weeks before, 2025-W50 to 2026-W09: two, six are needed.
        Assert.Equal("not_enough_history", signal.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, signal.GetProperty("centre").ValueKind);
        Assert.Equal(JsonValueKind.Null, signal.GetProperty("lower").ValueKind);
        Assert.Equal(JsonValueKind.Null, signal.GetProperty("upper").ValueKind);
        Assert.Equal(2, signal.GetProperty("weeksUsed").GetInt32());
        Assert.Equal("2025-W50", signal.GetProperty("firstWeek").GetString());
        Assert.Equal("2026-W09", signal.GetProperty("lastWeek").GetString());
    }

    [Fact]
    public async Task Report_Signal_TheTwelveWeeksBefore_LimitsAndVerdict()
    {
        using var cli = new CliRun(ScorecardData.Team());
        // The hand-worked example of the Domain's XmrChartTests in W36..W47: X̄ 10, mR̄ 2, limits 10 ± 5.32. W48 16: above.
        decimal[] example = [9m, 10m, 12m, 6m, 6m, 8m, 13m, 12m, 10m, 11m, 12m, 11m];
        string[] rows = ["metric,week,value", .. example.Select((value, i) => FormattableString.Invariant($"leads,2026-W{36 + i},{value}")), "leads,2026-W48,16", "calls,2026-W48,5"];
        var import = await cli.Run("import", "actuals", cli.Csv("signal.csv", rows));
        Assert.True(import.ExitCode == 0, import.Error);

        using var json = await ReportAsync(cli, "2026-W48");
        var signal = Metric(json, "leads").GetProperty("signal");
        var calls = Metric(json, "calls").GetProperty("signal");

        Assert.Equal("exceptional_above", signal.GetProperty("verdict").GetString());
        Assert.Equal(10m, signal.GetProperty("centre").GetDecimal());
        Assert.Equal(2m, signal.GetProperty("averageMovingRange").GetDecimal());
        Assert.Equal(4.68m, signal.GetProperty("lower").GetDecimal());
        Assert.Equal(15.32m, signal.GetProperty("upper").GetDecimal());
        Assert.Equal(12, signal.GetProperty("weeksUsed").GetInt32());
        Assert.Equal("2026-W36", signal.GetProperty("firstWeek").GetString());
        Assert.Equal("2026-W47", signal.GetProperty("lastWeek").GetString());
        Assert.Equal("not_enough_history", calls.GetProperty("verdict").GetString());
        Assert.Equal(0, calls.GetProperty("weeksUsed").GetInt32());
    }

    [Fact]
    public async Task Report_EnteredMetric_WeekMonthQuarterYearAsComputedByHand()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W10");
        var leads = Metric(json, "leads");

        Assert.Equal("count", leads.GetProperty("unit").GetString());
        Assert.Equal("higher", leads.GetProperty("direction").GetString());
        Assert.Equal("entered", leads.GetProperty("kind").GetString());
        Assert.True(leads.GetProperty("submitted").GetBoolean());
        // week: 12 against 48 / 4 = 12; last year 2025-W10 = 9
        var week = leads.GetProperty("week");
        Assert.Equal(12m, week.GetProperty("actual").GetDecimal());
        Assert.Equal(12m, week.GetProperty("plan").GetDecimal());
        Assert.Equal(1m, week.GetProperty("attainment").GetDecimal());
        Assert.Equal("green", week.GetProperty("zone").GetString());
        Assert.Equal(9m, week.GetProperty("lastYear").GetDecimal());
        // month March, counted W10 only: 12 of 12; full 12 + 0 (W11 override) + 12 + 12 = 36; forecast 12/12 x 36
        var month = leads.GetProperty("month");
        Assert.Equal(12m, month.GetProperty("actual").GetDecimal());
        Assert.Equal(12m, month.GetProperty("plan").GetDecimal());
        Assert.Equal(36m, month.GetProperty("planFull").GetDecimal());
        Assert.Equal("green", month.GetProperty("zone").GetString());
        Assert.Equal(9m, month.GetProperty("lastYear").GetDecimal());
        Assert.Equal(36m, month.GetProperty("forecast").GetDecimal());
        Assert.Equal(3, month.GetProperty("weeksLeft").GetInt32()); // W11..W13
        Assert.Equal(8m, month.GetProperty("neededPerWeek").GetDecimal()); // (36 - 12) / 3
        Assert.Equal(1, month.GetProperty("weeksWithValues").GetInt32());
        // quarter W01..W10: 8 + 9 + 12 = 29 against 9 x 10 + 12 = 102; full 50 + 40 + 36 = 126; last year W09 + W10 = 7 + 9 = 16
        var quarter = leads.GetProperty("quarter");
        Assert.Equal(29m, quarter.GetProperty("actual").GetDecimal());
        Assert.Equal(102m, quarter.GetProperty("plan").GetDecimal());
        Assert.Equal(126m, quarter.GetProperty("planFull").GetDecimal());
        Assert.Equal(0.2843137254901960784313725490m, quarter.GetProperty("attainment").GetDecimal(), 20); // 29 / 102
        Assert.Equal("red", quarter.GetProperty("zone").GetString());
        Assert.Equal(16m, quarter.GetProperty("lastYear").GetDecimal());
        Assert.Equal(35.823529411764705882352941176m, quarter.GetProperty("forecast").GetDecimal(), 20); // 29 / 102 x 126 = 3654 / 102
        Assert.Equal(97m / 3m, quarter.GetProperty("neededPerWeek").GetDecimal(), 20); // (126 - 29) / 3 weeks left
        Assert.Equal(3, quarter.GetProperty("weeksWithValues").GetInt32());
        // year: same weeks counted; full = 530 - 40 (March at 10 a week) + 36 = 526; forecast 29 x 526 / 102 = 15254 / 102
        var year = leads.GetProperty("year");
        Assert.Equal(29m, year.GetProperty("actual").GetDecimal());
        Assert.Equal(102m, year.GetProperty("plan").GetDecimal());
        Assert.Equal(526m, year.GetProperty("planFull").GetDecimal());
        Assert.Equal(16m, year.GetProperty("lastYear").GetDecimal());
        Assert.Equal(149.54901960784313725490196078m, year.GetProperty("forecast").GetDecimal(), 20);
        Assert.Equal(43, year.GetProperty("weeksLeft").GetInt32()); // 2026 has 53 weeks
        Assert.Equal(497m / 43m, year.GetProperty("neededPerWeek").GetDecimal(), 20);
    }

    [Fact]
    public async Task Report_RatioMetric_SumsPartsAndHasNoPlanFullNorForecast()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W10");
        var rate = Metric(json, "qualification_rate");

        Assert.Equal("ratio", rate.GetProperty("kind").GetString());
        Assert.Equal("percent", rate.GetProperty("unit").GetString());
        Assert.True(rate.GetProperty("submitted").GetBoolean()); // both parts have a W10 value
        var week = rate.GetProperty("week");
        Assert.Equal(0.5m, week.GetProperty("actual").GetDecimal());       // 6 / 12
        Assert.Equal(0.5m, week.GetProperty("plan").GetDecimal());         // the 2026 target
        Assert.Equal("green", week.GetProperty("zone").GetString());
        Assert.Equal(0.3333333333m, week.GetProperty("lastYear").GetDecimal(), 10); // 3 / 9
        var quarter = rate.GetProperty("quarter");
        Assert.Equal(0.3103448275862068965517241379m, quarter.GetProperty("actual").GetDecimal(), 20); // (3 + 6) / 29, not a mean of ratios
        Assert.Equal(0.5m, quarter.GetProperty("plan").GetDecimal());
        Assert.Equal(JsonValueKind.Null, quarter.GetProperty("planFull").ValueKind);
        Assert.Equal(JsonValueKind.Null, quarter.GetProperty("forecast").ValueKind);
        Assert.Equal(JsonValueKind.Null, quarter.GetProperty("neededPerWeek").ValueKind);
        Assert.Equal(0.6206896551724137931034482759m, quarter.GetProperty("attainment").GetDecimal(), 20); // (9 / 29) / 0.5 = 18 / 29
        Assert.Equal("red", quarter.GetProperty("zone").GetString());
        Assert.Equal(0.1875m, quarter.GetProperty("lastYear").GetDecimal()); // 3 / 16
    }

    [Fact]
    public async Task Report_MoneyTargetAndMissingPlans_ZonesAndNulls()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W10");

        var spend = Metric(json, "ad_spend");
        var week = spend.GetProperty("week");
        Assert.Equal(1100.50m, week.GetProperty("actual").GetDecimal());
        Assert.Equal(1000m, week.GetProperty("plan").GetDecimal());         // 4000 / 4
        Assert.Equal(1.1005m, week.GetProperty("attainment").GetDecimal());
        Assert.Equal("yellow", week.GetProperty("zone").GetString());      // |1100.5 - 1000| / 1000 = 0.1005: above 0.10, within 0.20
        Assert.Equal(JsonValueKind.Null, week.GetProperty("lastYear").ValueKind);
        var year = spend.GetProperty("year");
        Assert.Equal(1000m, year.GetProperty("plan").GetDecimal());         // only W10 of W01..W10 has a plan
        Assert.Equal(4000m, year.GetProperty("planFull").GetDecimal());
        Assert.Equal(4402m, year.GetProperty("forecast").GetDecimal());     // 1100.5 / 1000 x 4000
        var calls = Metric(json, "calls").GetProperty("week");
        Assert.Equal(5m, calls.GetProperty("actual").GetDecimal());
        Assert.Equal(JsonValueKind.Null, calls.GetProperty("plan").ValueKind);
        Assert.Equal(JsonValueKind.Null, calls.GetProperty("attainment").ValueKind);
        Assert.Equal("none", calls.GetProperty("zone").GetString());
        var openRate = Metric(json, "open_rate");
        Assert.False(openRate.GetProperty("submitted").GetBoolean());
        Assert.Equal(0m, openRate.GetProperty("week").GetProperty("actual").GetDecimal());
        Assert.Equal(JsonValueKind.Null, openRate.GetProperty("year").GetProperty("lastYear").ValueKind);
    }

    [Fact]
    public async Task Report_WeekWithOverride_PlanIsTheOverride()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var json = await ReportAsync(cli, "2026-W11");
        var leads = Metric(json, "leads");

        Assert.False(leads.GetProperty("submitted").GetBoolean());
        Assert.Equal(0m, leads.GetProperty("week").GetProperty("plan").GetDecimal());
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("week").GetProperty("attainment").ValueKind);
        Assert.Equal("green", leads.GetProperty("week").GetProperty("zone").GetString()); // plan 0, direction higher
        Assert.Equal(12m, leads.GetProperty("month").GetProperty("plan").GetDecimal());   // W10 12 + W11 0
    }

    [Fact]
    public async Task Report_NoWeek_UsesTheReportingWeekInTheTeamZone()
    {
        using var cli = new CliRun();
        cli.Time.SetUtcNow(new DateTimeOffset(2026, 3, 8, 21, 30, 0, TimeSpan.Zero)); // Monday 00:30 in Moscow (UTC+3)

        using var json = await ReportAsync(cli, week: null);

        Assert.Equal("2026-W11", json.RootElement.GetProperty("week").GetString());
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]
    [InlineData("week 10")]
    public async Task Report_BadWeek_ExitsWithTwoAndSaysWhy(string week)
    {
        using var cli = new CliRun();

        var result = await cli.Run("report", "--week", week, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--week: '{week}' is not an ISO week", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("3000-W01")]
    [InlineData("1899-W52")]
    [InlineData("0001-W01")]
    public async Task Report_WeekOutsideTheYearRange_ExitsWithTwoNamingTheRange(string week)
    {
        using var cli = new CliRun();

        var result = await cli.Run("report", "--week", week, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--week: '{week}' is outside the years 1900 to 2999", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    internal static async Task<JsonDocument> ReportAsync(CliRun cli, string? week)
    {
        var result = week is null ? await cli.Run("report", "--json") : await cli.Run("report", "--week", week, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output);
    }

    private static JsonElement Metric(JsonDocument json, string key) =>
        json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("key").GetString() == key);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];
}
