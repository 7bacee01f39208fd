using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Hosting;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Tests.Configuration;

/// <summary><c>Plausibility</c>: the funnel rules, checked at start-up (docs/architecture.md, "Configuration").</summary>
public sealed class PlausibilityConfigurationTests
{
    private static TestConfig WithRules(string rules) => new TestConfig().Set("Plausibility", JsonNode.Parse("{\"Rules\": " + rules + "}"));

    [Theory]
    [InlineData("[{\"Metric\": \"won_deals\", \"AtMost\": \"leads\"}]", "Plausibility.Rules[0].Metric: 'won_deals' is not a metric")]
    [InlineData("[{\"Metric\": \"qualified\", \"AtMost\": \"deals\"}]", "Plausibility.Rules[0].AtMost: 'deals' is not a metric")]
    [InlineData("[{\"Metric\": \"qualified\", \"AtMost\": \"\"}]", "Plausibility.Rules[0].AtMost: is required")]
    [InlineData("[{\"Metric\": \"leads\", \"AtMost\": \"leads\"}]", "Plausibility.Rules[0].AtMost: 'leads' is the rule's own metric; a rule compares two metrics")]
    [InlineData("[{\"Metric\": \"leads\", \"AtMost\": \"ad_spend\"}]", "Plausibility.Rules[0].AtMost: 'ad_spend' is money and 'leads' is count; a rule compares metrics of one unit")]
    [InlineData("[{\"Metric\": \"qualification_rate\", \"AtMost\": \"open_rate\"}]", "Plausibility.Rules[0].Metric: 'qualification_rate' is ratio; a rule compares entered metrics")]
    [InlineData("[{\"Metric\": \"qualified\", \"AtMost\": \"leads\", \"Weeks\": 0}]", "Plausibility.Rules[0].Weeks: '0' must be a whole number of weeks from 1 to 52")]
    [InlineData("[{\"Metric\": \"calls\", \"AtMost\": \"leads\", \"Weeks\": 53}]", "Plausibility.Rules[0].Weeks: '53' must be a whole number of weeks from 1 to 52")]
    [InlineData("[{\"Metric\": \"calls\", \"AtMost\": \"leads\"}, {\"Metric\": \"calls\", \"AtMost\": \"leads\", \"Weeks\": 2}]", "Plausibility.Rules[1].AtMost: 'calls' at most 'leads' is already a rule")]
    [InlineData("[{\"Metric\": \"calls\", \"AtMost\": \"leads\", \"Weeks\": \"four\"}]", "Plausibility.Rules[0].Weeks: 'four' must be a whole number of weeks from 1 to 52")]
    public async Task Report_BadRule_ExitsWithTwoAndNamesTheSetting(string rules, string expected)
    {
        using var cli = new CliRun(WithRules(rules));

        var result = await cli.Run("report", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task StartAsync_BadRule_StopsTheBotWithTheRuleLine()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(WithRules("[{\"Metric\": \"qualified\", \"AtMost\": \"qualified\"}]").WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", folder.File("db/funnelbot.db"))]);
        builder.AddFunnelBot();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(["Plausibility.Rules[0].AtMost: 'qualified' is the rule's own metric; a rule compares two metrics"], exception.Failures);
    }

    [Fact]
    public void Read_NoPlausibilitySection_TheStageOrderGivesItsRule()
    {
        var team = new TestConfig().Read();

        // qualification_rate = qualified / leads, a percent down the funnel (and the online_ads step from leads to qualified).
        Assert.Equal([new FunnelRule("qualified", "leads", 1, FunnelRuleOrigin.Stages)], team.FunnelRules);
    }

    [Fact]
    public void Read_ConfiguredRules_ReplaceTheDerivedPairAndAddTheirOwn()
    {
        var team = WithRules("[{\"Metric\": \"qualified\", \"AtMost\": \"leads\", \"Weeks\": 4}, {\"Metric\": \"calls\", \"AtMost\": \"leads\"}]").Read();

        Assert.Equal([new FunnelRule("qualified", "leads", 4), new FunnelRule("calls", "leads")], team.FunnelRules);
    }

    [Fact]
    public void Read_FromStagesOff_OnlyTheConfiguredRules()
    {
        var team = new TestConfig().Set("Plausibility", JsonNode.Parse("{\"FromStages\": false}")).Read();

        Assert.Empty(team.FunnelRules);
    }

    [Fact]
    public void ShippedConfiguration_RulesOfItsFunnel()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "funnelbot.json")).Build();
        var plausibility = configuration.GetSection(PlausibilityOptions.Section).Get<PlausibilityOptions>()!;
        var roster = new RosterOptions();
        configuration.GetSection("Members").Bind(roster.Members);
        configuration.GetSection("Metrics").Bind(roster.Metrics);
        var problems = new ConfigurationProblems();

        var team = TeamConfigurationReader.Read(
            configuration.GetSection("Team").Get<TeamOptions>()!, roster, configuration.GetSection("Schedule").Get<ScheduleOptions>()!,
            Scheduling.ScheduleTeams.KnownJobs, problems, plausibility: plausibility);

        Assert.Empty(problems.Lines);
        Assert.Equal(
            [
                "ad_clicks<=ad_impressions/1", "ad_leads<=ad_clicks/1", "call_leads<=calls_held/1", "event_leads<=event_contacts/1",
                "qualified_leads<=leads/1", "ad_leads<=leads/1", "call_leads<=leads/1", "mail_leads<=leads/1", "event_leads<=leads/1",
                "opportunities<=qualified_leads/4", "orders<=opportunities/4",
            ],
            team!.FunnelRules.Select(rule => $"{rule.Metric}<={rule.AtMost}/{rule.Weeks}"));
    }
}
