using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>
/// A real LiteDB file in a temp folder with the real stores, the test team in Russian (<see cref="Team"/>) and its values
/// and plans: 2025 and 2026 (weeks 1..48) of leads, 2026 of the rest, month plans, a week override and a ratio target.
/// </summary>
public sealed class ChartTeamDatabase : IDisposable
{
    public const int LastWeekWithValues = 48;

    private readonly string _folder;
    private readonly FunnelDatabase _database;

    public ChartTeamDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("funnelbot-chart-").FullName;
        _database = new FunnelDatabase(Path.Combine(_folder, "funnelbot.db"), password: null);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var history = new ChangeHistory(_database, time);
        Values = new WeeklyValueStore(_database, history);
        Plans = new PlanStore(_database, history);
        Configuration = Team();
        Scorecards = new ScorecardService(Configuration, Values, Plans, new AutomaticMetricValues(Configuration, new WorkTaskStore(_database, time), time));
        Seed();
    }

    public WeeklyValueStore Values { get; }

    public PlanStore Plans { get; }

    public TeamConfiguration Configuration { get; }

    public ScorecardService Scorecards { get; }

    /// <summary>The chart's data for a week as the digest makes it: from the week's scorecard input, names in the team's language by default.</summary>
    public DigestChartData Chart(IsoWeek reportWeek, DigestChartPeriod period, string? language = null) =>
        new ChartDataFromInput(Configuration).Build(reportWeek, period, Scorecards.LoadInput(reportWeek), language ?? Configuration.Team.Locale);

    public static decimal Leads2025(int week) => 80 + week;

    public static decimal Leads2026(int week) => 100 + ((week % 7) * 5);

    public static decimal Revenue2025(int week) => 900_000 + (week * 2_000);

    public static decimal Revenue2026(int week) => 1_000_000 + ((week % 6) * 40_000) + (week * 1_500);

    public const decimal LeadsMonthPlan = 500;

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }

    private void Seed()
    {
        var values = new List<WeeklyValue>();
        foreach (var week in IsoWeek.AllOf(2025))
        {
            values.Add(new("leads", week, Leads2025(week.Week)));
            if (week.Week <= 10)
            {
                values.Add(new("revenue", week, Revenue2025(week.Week)));
            }
        }

        foreach (var week in IsoWeek.AllOf(2026).Take(LastWeekWithValues))
        {
            var w = week.Week;
            values.Add(new("leads", week, Leads2026(w)));
            values.Add(new("qualified", week, 30 + (w % 4)));
            values.Add(new("revenue", week, Revenue2026(w)));
            values.Add(new("orders", week, 10 + (w % 3)));
            values.Add(new("ad_spend", week, 5_000 + (w * 10)));
            values.Add(new("calls", week, w % 2)); // values without a plan: no bar
        }

        Values.SetAll(values, ChangeAuthor.CliImport);

        var plans = new List<PlanEntry>();
        foreach (var month in YearMonth.AllOf(2026))
        {
            if (month.Month >= 3)
            {
                plans.Add(PlanEntry.ForMonth("leads", month, LeadsMonthPlan));
            }

            plans.Add(PlanEntry.ForMonth("revenue", month, 4_500_000));
            plans.Add(PlanEntry.ForMonth("orders", month, 50));
            plans.Add(PlanEntry.ForMonth("ad_spend", month, 21_000));
        }

        plans.Add(PlanEntry.ForWeek("orders", new IsoWeek(2026, 10), 0, "owner away"));
        plans.Add(PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.35m));
        Plans.SetAll(plans, ChangeAuthor.CliImport);
    }

    /// <summary>
    /// The test team in Russian with two more metrics a chart shows (revenue in money, orders), revenue, leads and orders
    /// as headlines, and a headline that is no metric (a stored configuration cannot name one, the chart skips it anyway).
    /// </summary>
    private static TeamConfiguration Team()
    {
        var team = new TestConfig(locale: "ru")
            .Set("Team.Name", "Маркетинг B2B")
            .Set("Team.HeadlineMetrics", new JsonArray("revenue", "leads", "orders"))
            .AddMetric(TestTeam.Metric("revenue", "Revenue", "Выручка", "revenue", "online_ads", "money", "higher", TestTeam.Anna))
            .AddMetric(TestTeam.Metric("orders", "Orders", "Заказы", "order", "online_ads", "count", "higher", TestTeam.Anna))
            .Read();
        return team with { Team = team.Team with { HeadlineMetrics = [.. team.Team.HeadlineMetrics, "not_configured"] } };
    }
}
