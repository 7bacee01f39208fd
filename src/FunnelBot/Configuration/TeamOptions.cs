namespace FunnelBot.Configuration;

/// <summary>The <c>Team</c> section as written in the file; checked by <see cref="TeamConfigurationReader"/>.</summary>
public sealed class TeamOptions
{
    public const string Section = "Team";

    public string Name { get; set; } = "";

    /// <summary>IANA time zone, e.g. <c>Europe/Moscow</c>.</summary>
    public string TimeZone { get; set; } = "";

    public string Locale { get; set; } = "ru";

    /// <summary>The team channel or group; 0 while there is none yet.</summary>
    public long ChannelChatId { get; set; }

    /// <summary>Forum topic of the channel for the digest, or null.</summary>
    public int? ChannelThreadId { get; set; }

    public bool MentionNonReporters { get; set; }

    public List<string>? HeadlineMetrics { get; set; }

    /// <summary>Whether the digest ranks the owners by their share of green metrics.</summary>
    public bool GreenZoneTable { get; set; } = true;

    public ZonesOptions Zones { get; set; } = new();

    public CheckInsOptions CheckIns { get; set; } = new();
}

/// <summary>The <c>Team:CheckIns</c> settings.</summary>
public sealed class CheckInsOptions
{
    /// <summary>A year: numbers for a week further back than this are taken only after the member confirms the week.</summary>
    public const int DefaultConfirmOlderThanWeeks = 52;

    /// <summary>
    /// How many weeks back <c>/checkin</c> and <c>/edit</c> act at once; for an older week they first ask, naming its dates.
    /// </summary>
    public int ConfirmOlderThanWeeks { get; set; } = DefaultConfirmOlderThanWeeks;
}

/// <summary>The <c>Team:Zones</c> thresholds.</summary>
public sealed class ZonesOptions
{
    public decimal YellowFrom { get; set; } = 0.90m;

    public decimal TargetTolerance { get; set; } = 0.10m;

    public decimal AskWhyAbove { get; set; } = 1.20m;

    /// <summary>Ask why on a yellow week too (a red week is always asked about).</summary>
    public bool AskWhyOnYellow { get; set; }
}
