using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// The plans and actuals the report tests import into <see cref="Team"/>. ISO 2026 has 53 weeks; March 2026 has weeks W10..W13 (4),
/// Q1 2026 has W01..W13 (Jan 5, Feb 4, Mar 4). ISO 2025 has 52 weeks; March 2025 has W10..W13.
/// </summary>
public static class ScorecardData
{
    /// <summary>The test team and a money ratio, cost_per_lead (its target is an amount, not a fraction).</summary>
    public static TestConfig Team() => new TestConfig().WithCostPerLead();

    public static readonly string[] Plans =
    [
        "metric,period,value,note",
        "leads,2026,530",              // 530 x weeks_in_month / 53: every week of 2026 gets 10
        "leads,2026-03,48",            // March replaced: 48 / 4 weeks = 12 a week
        "leads,2026-W11,0,\"vacation, \"\"Anna\"\"\"",   // one week overridden to 0; a note with a comma and quotes
        "qualification_rate,2026,0.5",
        "ad_spend,2026-03,4000.00",    // 1000 a week in March, nothing planned elsewhere
        "cost_per_lead,2026,100",
    ];

    public static readonly string[] Actuals =
    [
        "metric,week,value",
        "leads,2026-W06,8",
        "leads,2026-W09,9",
        "leads,2026-W10,12",
        "leads,2025-W09,7",
        "leads,2025-W10,9",
        "qualified,2026-W09,3",
        "qualified,2026-W10,6",
        "qualified,2025-W10,3",
        "ad_spend,2026-W10,1100.50",
        "calls,2026-W10,5",
    ];

    /// <summary>Imports <see cref="Plans"/> then <see cref="Actuals"/> and checks both succeeded.</summary>
    public static async Task ImportAsync(CliRun cli)
    {
        var plans = await cli.Run("import", "plans", cli.Csv("plans.csv", Plans));
        Assert.True(plans.ExitCode == 0, plans.Error);
        var actuals = await cli.Run("import", "actuals", cli.Csv("actuals.csv", Actuals));
        Assert.True(actuals.ExitCode == 0, actuals.Error);
    }
}
