using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.Tests.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Scorecards;

/// <summary>
/// The scorecard input as it is read now (values from the year rows, plans of the years a report needs) against the
/// full read it replaced (every stored value and plan of ISO years Y-1..Y, filtered in memory), on a generated database
/// of five years: values with gaps and zeros, month plans, week overrides with and without notes, ratio targets in some
/// years, a metric stored but not configured, and values written twice. For every week of three years the values, the
/// plans of the report's weeks, the scorecard and the 13-week trend are the same.
/// </summary>
public sealed class ScorecardInputReadTests : IDisposable
{
    private const int Seed = 20261203;
    private static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    private readonly StoreFixture _store = new();
    private readonly TeamConfiguration _team = new TestConfig().WithCostPerLead().Read();
    private readonly ScorecardService _scorecards;

    public ScorecardInputReadTests()
    {
        _scorecards = new ScorecardService(
            _team, _store.Values, _store.Plans, new AutomaticMetricValues(_team, new WorkTaskStore(_store.Database, _store.Time), _store.Time));
        Generate();
    }

    public static TheoryData<int> ReportYears() => [2024, 2025, 2026];

    [Theory]
    [MemberData(nameof(ReportYears))]
    public void LoadInput_EveryWeekOfTheYear_SameValuesAsTheFullRead(int year)
    {
        foreach (var week in IsoWeek.AllOf(year))
        {
            var read = _scorecards.LoadInput(week);
            var full = FullRead(week);

            Assert.Equal(Flatten(full.Values), Flatten(read.Values));
        }
    }

    [Theory]
    [MemberData(nameof(ReportYears))]
    public void LoadInput_EveryWeekOfTheYear_SamePlansForTheReportsWeeks(int year)
    {
        foreach (var week in IsoWeek.AllOf(year))
        {
            var read = _scorecards.LoadInput(week);
            var full = FullRead(week);

            foreach (var metric in _team.Metrics)
            {
                var (readPlan, fullPlan) = (read.PlanOf(metric.Key), full.PlanOf(metric.Key));
                foreach (var reportWeek in ReportWeeks(week))
                {
                    Assert.Equal(fullPlan.WeeklyPlan(reportWeek), readPlan.WeeklyPlan(reportWeek));
                    Assert.Equal(fullPlan.WeekOverrides.GetValueOrDefault(reportWeek), readPlan.WeekOverrides.GetValueOrDefault(reportWeek));
                    Assert.Equal(fullPlan.RatioTarget(reportWeek.Year), readPlan.RatioTarget(reportWeek.Year));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ReportYears))]
    public void Compute_EveryWeekOfTheYear_SameScorecardAndTrendAsTheFullRead(int year)
    {
        var engine = new ScorecardEngine(_team.Team.Zones);
        foreach (var week in IsoWeek.AllOf(year))
        {
            var read = _scorecards.LoadInput(week);
            var full = FullRead(week);

            Assert.Equal(ScorecardJsonWriter.ToText(_scorecards.Compute(week, full)), ScorecardJsonWriter.ToText(_scorecards.Compute(week, read)));
            foreach (var metric in _team.Metrics)
            {
                foreach (var trendWeek in TrendWeeks(week))
                {
                    Assert.Equal(engine.WeekFigures(metric, trendWeek, full), engine.WeekFigures(metric, trendWeek, read));
                }
            }
        }
    }

    [Fact]
    public void LoadInput_CachedAfterALateWeekOfTheSameYear_AnEarlyWeekStillGetsLastYearsPlans()
    {
        var cached = new ScorecardService(
            _team, _store.Values, _store.Plans, new AutomaticMetricValues(_team, new WorkTaskStore(_store.Database, _store.Time), _store.Time),
            new ScorecardInputCache(_store.Database));
        var (late, early) = (new IsoWeek(2026, 30), new IsoWeek(2026, 3));

        var ofTheLateWeek = cached.LoadInput(late);
        var ofTheNextWeek = cached.LoadInput(late.Next);
        var ofTheEarlyWeek = cached.LoadInput(early);

        Assert.Same(ofTheLateWeek, ofTheNextWeek);
        Assert.DoesNotContain(ofTheLateWeek.PlanOf("leads").Monthly.Keys, month => month.Year == 2025);
        Assert.Equal(FullRead(early).PlanOf("leads").WeeklyPlan(new IsoWeek(2025, 50)), ofTheEarlyWeek.PlanOf("leads").WeeklyPlan(new IsoWeek(2025, 50)));
        Assert.Contains(ofTheEarlyWeek.PlanOf("leads").Monthly.Keys, month => month.Year == 2025);
    }

    [Fact]
    public void Generate_TheDataHasWhatTheComparisonNeeds()
    {
        var plans = _store.Plans.All();

        Assert.Contains(plans, plan => plan.Kind == PlanKind.WeekOverride && plan.Note is not null);
        Assert.Contains(plans, plan => plan.Kind == PlanKind.WeekOverride && plan.Note is null);
        Assert.Contains(plans, plan => plan.Kind == PlanKind.RatioTarget);
        Assert.Contains(_store.Values.All(), value => value.Metric == "not_configured");
        Assert.Contains(_store.Values.All(), value => value.Week == new IsoWeek(2026, 53));
        Assert.True(_store.Values.LoadYears(2025, 2025)["leads"].Count < 52, "leads has gaps in 2025");
    }

    /// <summary>The weeks whose plans a week's report and its trend read: the report's ISO year and the trend's weeks.</summary>
    private static IEnumerable<IsoWeek> ReportWeeks(IsoWeek week) => IsoWeek.AllOf(week.Year).Concat(TrendWeeks(week)).Distinct();

    private static IEnumerable<IsoWeek> TrendWeeks(IsoWeek week) =>
        Enumerable.Range(0, ScorecardInputYears.WeeksLookedBack).Select(back => week.AddWeeks(-back));

    /// <summary>The read this release replaced: every stored value and plan of ISO years Y-1..Y, filtered in memory.</summary>
    private ScorecardInput FullRead(IsoWeek week)
    {
        var (from, to) = (week.Year - 1, week.Year);
        var configured = _team.Metrics.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var values = _store.Values.All()
            .Where(value => value.Week.Year >= from && value.Week.Year <= to)
            .GroupBy(value => value.Metric, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyDictionary<IsoWeek, decimal>)group.ToDictionary(value => value.Week, value => value.Value),
                StringComparer.Ordinal);
        var plans = _store.Plans.All()
            .Where(plan => plan.Year >= from && plan.Year <= to && configured.Contains(plan.Metric))
            .GroupBy(plan => plan.Metric, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => ToPlan([.. group]), StringComparer.Ordinal);
        return new ScorecardInput(values, plans);
    }

    private static MetricPlan ToPlan(List<PlanEntry> plans) => new(
        plans.Where(p => p.Kind == PlanKind.Month).ToDictionary(p => new YearMonth(p.Year, p.Number), p => p.Value),
        plans.Where(p => p.Kind == PlanKind.WeekOverride).ToDictionary(p => new IsoWeek(p.Year, p.Number), p => new WeekPlanOverride(p.Value, p.Note)),
        plans.Where(p => p.Kind == PlanKind.RatioTarget).ToDictionary(p => p.Year, p => p.Value));

    private static List<(string Metric, IsoWeek Week, decimal Value)> Flatten(IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values) =>
        [.. values.SelectMany(metric => metric.Value.Select(week => (Metric: metric.Key, Week: week.Key, week.Value)))
            .OrderBy(x => x.Metric, StringComparer.Ordinal).ThenBy(x => x.Week)];

    private void Generate()
    {
        var random = new Random(Seed);
        var entered = _team.Metrics.Where(m => !m.IsRatio).Select(m => m.Key).Append("not_configured").ToList();
        var values = new List<WeeklyValue>();
        var plans = new List<PlanEntry>();
        foreach (var year in Years)
        {
            foreach (var metric in entered)
            {
                values.AddRange(IsoWeek.AllOf(year)
                    .Where(_ => random.Next(6) != 0)
                    .Select(week => new WeeklyValue(metric, week, random.Next(4) == 0 ? 0m : Math.Round((decimal)(random.NextDouble() * 900), 2))));
                plans.AddRange(YearMonth.AllOf(year)
                    .Where(_ => random.Next(5) != 0)
                    .Select(month => PlanEntry.ForMonth(metric, month, random.Next(100, 4_000))));
                plans.AddRange(IsoWeek.AllOf(year)
                    .Where(_ => random.Next(12) == 0)
                    .Select(week => PlanEntry.ForWeek(metric, week, random.Next(3) == 0 ? 0m : random.Next(1, 300), random.Next(2) == 0 ? "owner away" : null)));
            }

            plans.AddRange(_team.Metrics.Where(m => m.IsRatio && random.Next(4) != 0)
                .Select(ratio => PlanEntry.ForRatioTarget(ratio.Key, year, Math.Round((decimal)random.NextDouble(), 2))));
        }

        _store.Values.SetAll(values, ChangeAuthor.CliImport);
        _store.Values.SetAll(values.Where(_ => random.Next(10) == 0).Select(v => v with { Value = v.Value + 1 }), ChangeAuthor.CliImport);
        _store.Plans.SetAll(plans, ChangeAuthor.CliImport);
    }

    public void Dispose() => _store.Dispose();
}
