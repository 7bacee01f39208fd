using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Deviations;

/// <summary>Which deviations a cause explains, and at which stages of the funnel it fits.</summary>
public enum CauseFamily
{
    /// <summary>Fewer contacts or leads than planned: fits reach, contact and interest.</summary>
    Volume,

    /// <summary>Worse leads, fewer of them qualified or won: fits qualified and later stages.</summary>
    Quality,

    /// <summary>Above plan: what worked, so it can be repeated (any stage).</summary>
    Positive,

    /// <summary>Anything else, described in the member's words (any stage, either way).</summary>
    Other,
}

/// <summary>A cause of a deviation with a stable code (stored and counted) and its ru/en texts.</summary>
public sealed record Cause(string Code, MetricNames Names, CauseFamily Family)
{
    public const string OtherCode = "other";

    /// <summary>Whether this cause is offered for a deviation of this kind at this funnel stage.</summary>
    public bool Fits(FunnelStage stage, DeviationKind kind) => Family switch
    {
        CauseFamily.Other => kind != DeviationKind.None,
        CauseFamily.Positive => kind == DeviationKind.Positive,
        CauseFamily.Volume => kind == DeviationKind.Negative && stage <= FunnelStage.Interest,
        _ => kind == DeviationKind.Negative && stage >= FunnelStage.Qualified,
    };
}
