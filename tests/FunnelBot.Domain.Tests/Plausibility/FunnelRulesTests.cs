using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Plausibility;

public sealed class FunnelRulesTests
{
    private static MetricDefinition Count(string key, FunnelStage stage, FunnelChannel channel, MetricDirection direction = MetricDirection.Higher) =>
        new(key, new MetricNames(key, key), stage, channel, MetricUnit.Count, direction, "anna");

    private static MetricDefinition Ratio(string key, string numerator, string denominator, MetricUnit unit = MetricUnit.Percent) =>
        new(key, new MetricNames(key, key), FunnelStage.Qualified, FunnelChannel.Other, unit, MetricDirection.Higher, "anna", MetricKind.Ratio, numerator, denominator);

    private static readonly MetricDefinition Leads = Count("leads", FunnelStage.Interest, FunnelChannel.Other);
    private static readonly MetricDefinition Qualified = Count("qualified", FunnelStage.Qualified, FunnelChannel.Other);
    private static readonly MetricDefinition Impressions = Count("impressions", FunnelStage.Reach, FunnelChannel.OnlineAds);
    private static readonly MetricDefinition Clicks = Count("clicks", FunnelStage.Contact, FunnelChannel.OnlineAds);
    private static readonly MetricDefinition AdLeads = Count("ad_leads", FunnelStage.Interest, FunnelChannel.OnlineAds);
    private static readonly MetricDefinition Mailings = Count("mailings", FunnelStage.Reach, FunnelChannel.Mailings);
    private static readonly MetricDefinition Unsubscribes = Count("unsubscribes", FunnelStage.Contact, FunnelChannel.Mailings, MetricDirection.Lower);
    private static readonly MetricDefinition MailLeads = Count("mail_leads", FunnelStage.Interest, FunnelChannel.Mailings);
    private static readonly MetricDefinition Calls = Count("calls", FunnelStage.Contact, FunnelChannel.Calls);
    private static readonly MetricDefinition Meetings = Count("meetings", FunnelStage.Contact, FunnelChannel.Calls);
    private static readonly MetricDefinition CallLeads = Count("call_leads", FunnelStage.Interest, FunnelChannel.Calls);
    private static readonly MetricDefinition Spend = new("spend", new MetricNames("spend", "spend"), FunnelStage.Reach, FunnelChannel.OnlineAds, MetricUnit.Money, MetricDirection.Target, "anna");

    public static TheoryData<string, MetricDefinition[], string[]> Cases => new()
    {
        { "a percent ratio down the funnel", [Leads, Qualified, Ratio("rate", "qualified", "leads")], ["qualified<=leads"] },
        { "a percent ratio up the funnel gives nothing", [Leads, Qualified, Ratio("rate", "leads", "qualified")], [] },
        { "a money ratio gives nothing", [Spend, AdLeads, Ratio("cpl", "spend", "ad_leads", MetricUnit.Money)], [] },
        { "a channel's steps from contact on", [Impressions, Clicks, AdLeads], ["ad_leads<=clicks"] },
        { "reach counts touches: no rule from it", [Mailings, MailLeads], [] },
        { "a lower-is-better count is no step", [Mailings, Unsubscribes, MailLeads], [] },
        { "two counts at the earlier stage: neither gives a rule", [Calls, Meetings, CallLeads], [] },
        { "the ratio and the step give one rule, once", [Impressions, Clicks, Ratio("ctr", "clicks", "impressions"), AdLeads], ["clicks<=impressions", "ad_leads<=clicks"] },
        { "the other channel has no steps", [Leads, Qualified], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FromStages(string because, MetricDefinition[] metrics, string[] expected)
    {
        var rules = FunnelRules.FromStages(metrics);

        Assert.True(expected.SequenceEqual(rules.Select(rule => $"{rule.Metric}<={rule.AtMost}")), because + ": " + string.Join(", ", rules));
        Assert.All(rules, rule => Assert.Equal((1, FunnelRuleOrigin.Stages), (rule.Weeks, rule.Origin)));
    }

    [Fact]
    public void Combine_AConfiguredRuleForADerivedPair_ReplacesIt()
    {
        var derived = FunnelRules.FromStages([Leads, Qualified, Ratio("rate", "qualified", "leads"), Impressions, Clicks, AdLeads]);
        FunnelRule[] configured = [new("qualified", "leads", 4), new("ad_leads", "leads")];

        var rules = FunnelRules.Combine(derived, configured);

        Assert.Equal(
            ["ad_leads<=clicks/1/Stages", "qualified<=leads/4/Configured", "ad_leads<=leads/1/Configured"],
            rules.Select(rule => $"{rule.Metric}<={rule.AtMost}/{rule.Weeks}/{rule.Origin}"));
    }

    [Fact]
    public void Combine_WithoutStages_KeepsOnlyTheConfigured()
    {
        var derived = FunnelRules.FromStages([Impressions, Clicks, AdLeads]);

        var rules = FunnelRules.Combine(derived, [new("ad_leads", "impressions")], fromStages: false);

        Assert.Equal([new FunnelRule("ad_leads", "impressions")], rules);
    }
}
