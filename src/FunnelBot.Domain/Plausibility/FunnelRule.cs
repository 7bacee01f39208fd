namespace FunnelBot.Domain.Plausibility;

/// <summary>Where a funnel rule comes from: the funnel's stage order, or the team's configuration.</summary>
public enum FunnelRuleOrigin
{
    /// <summary>Derived from the configured metrics (<see cref="FunnelRules.FromStages"/>).</summary>
    Stages,

    /// <summary>Stated in <c>Plausibility:Rules</c>.</summary>
    Configured,
}

/// <summary>
/// A rule two funnel numbers must keep together: over the <see cref="Weeks"/> weeks that end with the checked one,
/// <see cref="Metric"/> summed is at most <see cref="AtMost"/> summed (e.g. qualified leads are at most the leads;
/// orders over 4 weeks at most the opportunities opened in them). Both are entered metrics of the same unit.
/// </summary>
public sealed record FunnelRule(string Metric, string AtMost, int Weeks = 1, FunnelRuleOrigin Origin = FunnelRuleOrigin.Configured)
{
    /// <summary>Whether the rule compares <paramref name="metric"/>, on either side.</summary>
    public bool Involves(string metric) =>
        string.Equals(Metric, metric, StringComparison.Ordinal) || string.Equals(AtMost, metric, StringComparison.Ordinal);

    /// <summary>The metric the rule compares <paramref name="metric"/> with.</summary>
    public string OtherThan(string metric) => string.Equals(Metric, metric, StringComparison.Ordinal) ? AtMost : Metric;

    public bool SamePair(FunnelRule other) =>
        string.Equals(Metric, other.Metric, StringComparison.Ordinal) && string.Equals(AtMost, other.AtMost, StringComparison.Ordinal);
}
