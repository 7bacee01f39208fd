namespace FunnelBot.Domain.Signals;

/// <summary>A week's value (null: missing) judged against the natural process limits of the weeks before it.</summary>
public sealed record WeekSignal(SignalVerdict Verdict, SignalBaseline Baseline, decimal? Value)
{
    public bool IsExceptional => Verdict is SignalVerdict.ExceptionalAbove or SignalVerdict.ExceptionalBelow;

    /// <summary>The limit the value crossed: the upper one above, the lower one below; null when it crossed none.</summary>
    public decimal? CrossedLimit => Verdict switch
    {
        SignalVerdict.ExceptionalAbove => Baseline.Limits!.Upper,
        SignalVerdict.ExceptionalBelow => Baseline.Limits!.Lower,
        _ => null,
    };
}
