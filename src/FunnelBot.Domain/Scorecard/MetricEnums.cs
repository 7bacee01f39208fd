namespace FunnelBot.Domain.Scorecard;

/// <summary>What a metric's values are: a whole count, money (2 decimals) or a percentage (0..100).</summary>
public enum MetricUnit
{
    Count,
    Money,
    Percent,
}

/// <summary>What good is: more, less, or close to plan.</summary>
public enum MetricDirection
{
    Higher,
    Lower,
    Target,
}

/// <summary>How a metric gets its values.</summary>
public enum MetricKind
{
    /// <summary>Entered every week by its owner.</summary>
    Entered,

    /// <summary>Numerator over denominator of two entered metrics.</summary>
    Ratio,

    /// <summary>Computed by the bot from its own records (e.g. open overdue tasks); never entered by anyone.</summary>
    Automatic,
}

/// <summary>The funnel's stages, in order from first touch to money.</summary>
public enum FunnelStage
{
    Reach,
    Contact,
    Interest,
    Qualified,
    Opportunity,
    Order,
    Revenue,
}

/// <summary>The marketing channels of the method.</summary>
public enum FunnelChannel
{
    OnlineAds,
    Calls,
    Mailings,
    Events,
    Other,
}

/// <summary>The colour of a figure against its plan.</summary>
public enum Zone
{
    None,
    Green,
    Yellow,
    Red,
}
