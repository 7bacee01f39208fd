using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The clear misses of the demo history, each with the cause its owner gave (cause keys of the method's usual
/// causes). Weeks count back from the current one, so the story stays recent whatever the date: the call plan has
/// been missed three weeks in a row (a standing issue), a mailing was not sent, a click shortfall, too many mailings.
/// Scenarios for metrics the configuration does not have are left out.
/// </summary>
internal static class DemoMissScenarios
{
    private static readonly Scenario[] Scenarios =
    [
        new("calls_held", 1, 0.70m, "call_plan_missed"),
        new("call_leads", 1, 0.60m, "call_plan_missed"),
        new("calls_held", 2, 0.72m, "call_plan_missed"),
        new("call_leads", 2, 0.65m, "call_plan_missed"),
        new("calls_held", 3, 0.75m, "call_plan_missed"),
        new("call_leads", 3, 0.62m, "call_plan_missed"),
        new("qualified_leads", 4, 0.62m, "low_quality_conversations"),
        new("mailings_sent", 6, 0.34m, "mailing_not_sent"),
        new("mail_leads", 6, 0.30m, "mailing_not_sent"),
        new("ad_clicks", 10, 0.66m, "click_plan_missed"),
        new("ad_leads", 10, 0.58m, "click_plan_missed"),
        new("unsubscribes", 14, 2.20m, "too_many_mailings"),
        new("leads_contacted_late", 17, 2.50m, "late_contact"),
        new("event_leads", 21, 0.40m, "call_list_small"),
    ];

    public static IReadOnlyDictionary<(string Metric, IsoWeek Week), DemoMiss> For(TeamConfiguration team, IsoWeek current)
    {
        var misses = new Dictionary<(string Metric, IsoWeek Week), DemoMiss>();
        foreach (var scenario in Scenarios)
        {
            if (team.FindMetric(scenario.Metric) is not { Kind: MetricKind.Entered } metric)
            {
                continue;
            }

            var week = current.AddWeeks(-scenario.WeeksAgo);
            var plan = DemoDataGenerator.MonthPlan(metric, week.Month, current.Year) / week.Month.WeekCount;
            var actual = DemoMetricProfile.Round(plan * scenario.Factor, metric.Unit);
            misses[(metric.Key, week)] = new DemoMiss(metric.Key, metric.Owner, week, Math.Round(plan, 2), actual, scenario.Cause);
        }

        return misses;
    }

    private sealed record Scenario(string Metric, int WeeksAgo, decimal Factor, string Cause);
}
