using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Hosting;
using FunnelBot.SandboxMode;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Tests.SandboxMode;

public sealed class DemoDataGeneratorTests
{
    private static readonly IsoWeek Current = new(2026, 48);
    private static readonly TeamConfiguration Team = ShippedTeam();

    [Fact]
    public void Generate_TwiceForTheSameWeek_SameData()
    {
        var first = new DemoDataGenerator(Team).Generate(Current);
        var second = new DemoDataGenerator(Team).Generate(Current);

        Assert.Equal(first.Plans, second.Plans);
        Assert.Equal(first.Values, second.Values);
        Assert.Equal(first.Misses, second.Misses);
    }

    [Fact]
    public void Generate_EveryEnteredMetric_HasMonthPlansForLastYearAndThisYear()
    {
        var data = new DemoDataGenerator(Team).Generate(Current);

        foreach (var metric in Team.Metrics.Where(m => m.Kind == MetricKind.Entered))
        {
            var months = data.Plans.Where(p => p.Metric == metric.Key && p.Kind == PlanKind.Month).ToList();
            Assert.Equal(24, months.Count);
            Assert.Equal([2025, 2026], months.Select(p => p.Year).Distinct().Order());
            Assert.All(months, p => Assert.True(p.Value > 0, $"{metric.Key} {p.PeriodText}: plan {p.Value}"));
        }

        foreach (var ratio in Team.Metrics.Where(m => m.IsRatio))
        {
            Assert.Equal(2, data.Plans.Count(p => p.Metric == ratio.Key && p.Kind == PlanKind.RatioTarget));
        }
    }

    [Fact]
    public void Generate_Plans_FollowTheSeasons()
    {
        var data = new DemoDataGenerator(Team).Generate(Current);
        decimal PerWeek(int month) =>
            data.Plans.Single(p => p.Metric == "leads" && p.Kind == PlanKind.Month && p.Year == 2026 && p.Number == month).Value
            / new YearMonth(2026, month).WeekCount;

        Assert.True(PerWeek(1) < PerWeek(3), "January is quieter than March");
        Assert.True(PerWeek(7) < PerWeek(4), "the summer dips");
        Assert.True(PerWeek(10) > PerWeek(3), "autumn is the peak");
        Assert.True(PerWeek(12) < PerWeek(11), "December is low");
    }

    [Fact]
    public void Generate_Values_EveryWeekUpToLastWeek_AndOnlySomeOwnersThisWeek()
    {
        var data = new DemoDataGenerator(Team).Generate(Current);
        var entered = Team.Metrics.Where(m => m.Kind == MetricKind.Entered).ToList();
        var weeks = data.Values.Select(v => v.Week).Distinct().Order().ToList();

        Assert.Equal(new IsoWeek(2025, 1), weeks[0]);
        Assert.Equal(Current, weeks[^1]);
        Assert.Equal(52 + 48, weeks.Count);
        Assert.All(weeks.Where(w => w < Current), week => Assert.Equal(entered.Count, data.Values.Count(v => v.Week == week)));
        var ownersNow = data.Values.Where(v => v.Week == Current).Select(v => Team.FindMetric(v.Metric)!.Owner).Distinct().Order().ToList();
        Assert.Equal(["ivan", "pavel"], ownersNow);
        Assert.All(data.Values, v => Assert.True(v.Value >= 0, $"{v.Metric} {v.Week}: {v.Value}"));
    }

    [Fact]
    public void Generate_Misses_AreClearAndRecent_WithCauses()
    {
        var data = new DemoDataGenerator(Team).Generate(Current);

        Assert.True(data.Misses.Count >= 10);
        Assert.All(data.Misses, miss =>
        {
            var metric = Team.FindMetric(miss.Metric)!;
            var ratio = miss.Actual / miss.Plan;
            Assert.True(metric.Direction == MetricDirection.Lower ? ratio > 1.5m : ratio < 0.8m, $"{miss.Metric} {miss.Week}: {miss.Actual} / {miss.Plan}");
            Assert.Equal(miss.Actual, data.Values.Single(v => v.Metric == miss.Metric && v.Week == miss.Week).Value);
            Assert.False(string.IsNullOrEmpty(miss.Cause));
        });

        // The call plan was missed three weeks in a row: a standing issue for the digest.
        Assert.Equal(3, data.Misses.Count(m => m.Metric == "call_leads" && m.Week >= Current.AddWeeks(-3)));
    }

    private static TeamConfiguration ShippedTeam()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        new ConfigurationSources(null, Path.Combine(Path.GetTempPath(), "unused.db"), new System.Collections.Hashtable()).AddTo(builder.Configuration);
        builder.AddFunnelBot();
        using var host = builder.Build();
        return host.Services.GetRequiredService<TeamConfiguration>();
    }
}
