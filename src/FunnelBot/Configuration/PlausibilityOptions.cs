namespace FunnelBot.Configuration;

/// <summary>
/// The <c>Plausibility</c> section: the funnel rules a value is checked against at entry. The rules the stage order
/// gives (<c>FromStages</c>, on by default) and the team's own (<c>Rules</c>), each
/// <c>{ "Metric": "qualified_leads", "AtMost": "leads", "Weeks": 1 }</c>.
/// </summary>
public sealed class PlausibilityOptions
{
    public const string Section = "Plausibility";

    /// <summary>Whether the rules the configured metrics' stage order gives apply (default true).</summary>
    public bool FromStages { get; set; } = true;

    public List<FunnelRuleOptions> Rules { get; set; } = [];
}

/// <summary>One entry of <c>Plausibility:Rules</c>: over <c>Weeks</c> weeks, <c>Metric</c> summed is at most <c>AtMost</c> summed.</summary>
public sealed class FunnelRuleOptions
{
    public string Metric { get; set; } = "";

    public string AtMost { get; set; } = "";

    /// <summary>A whole number of weeks from 1 to 52 (default 1); text, so that a wrong value is named rather than skipped by the binder.</summary>
    public string? Weeks { get; set; }
}
