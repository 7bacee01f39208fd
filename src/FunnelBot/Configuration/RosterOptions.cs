namespace FunnelBot.Configuration;

/// <summary>The <c>Members</c>, <c>Metrics</c> and <c>Causes</c> arrays as written in the file (enum values kept as text).</summary>
public sealed class RosterOptions
{
    public List<MemberOptions> Members { get; set; } = [];

    public List<MetricOptions> Metrics { get; set; } = [];

    public List<CauseOptions> Causes { get; set; } = [];
}

/// <summary>One entry of <c>Members</c>.</summary>
public sealed class MemberOptions
{
    public string Key { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Telegram username without <c>@</c>.</summary>
    public string? Username { get; set; }

    public long? UserId { get; set; }

    /// <summary><c>manager</c>, <c>member</c> or <c>observer</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary><c>ru</c>, <c>en</c> or empty for the team's locale.</summary>
    public string? Locale { get; set; }
}

/// <summary>One entry of <c>Metrics</c>.</summary>
public sealed class MetricOptions
{
    public string Key { get; set; } = "";

    public MetricNamesOptions Names { get; set; } = new();

    public string Stage { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Direction { get; set; } = "";

    public string Owner { get; set; } = "";

    public string Kind { get; set; } = "entered";

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }

    /// <summary>Ask why on a yellow week too; unset: <c>Team:Zones:AskWhyOnYellow</c>.</summary>
    public bool? AskWhyOnYellow { get; set; }

    /// <summary>The attainment from which a good week is asked what worked; unset: <c>Team:Zones:AskWhyAbove</c>.</summary>
    public decimal? AskWhyAbove { get; set; }

    /// <summary>No question when actual and plan differ by less; unset: one unit for a count, none otherwise.</summary>
    public decimal? MinDifference { get; set; }
}

/// <summary>A metric's names in Russian and English.</summary>
public sealed class MetricNamesOptions
{
    public string Ru { get; set; } = "";

    public string En { get; set; } = "";
}
