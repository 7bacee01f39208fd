namespace FunnelBot.Domain.CheckIns;

/// <summary>How the check-in judges an answer beyond parsing: refusal reasons and the absurd-value rule.</summary>
public static class AnswerRules
{
    public static CheckInRefusal RefusalFor(NumberParseError error) => error switch
    {
        NumberParseError.Empty => CheckInRefusal.Empty,
        NumberParseError.TooLong => CheckInRefusal.TooLong,
        NumberParseError.UnsupportedDigits => CheckInRefusal.UnsupportedDigits,
        NumberParseError.AmbiguousSeparators => CheckInRefusal.AmbiguousSeparators,
        NumberParseError.Overflow => CheckInRefusal.TooLarge,
        _ => CheckInRefusal.NotANumber,
    };

    public static CheckInRefusal RefusalFor(UnitViolation violation) => violation switch
    {
        UnitViolation.Negative => CheckInRefusal.Negative,
        UnitViolation.NotWhole => CheckInRefusal.NotWhole,
        UnitViolation.TooManyDecimals => CheckInRefusal.TooManyDecimals,
        UnitViolation.OutOfRange => CheckInRefusal.OutOfRange,
        UnitViolation.TooLarge => CheckInRefusal.TooLarge,
        _ => CheckInRefusal.PercentSignNotExpected,
    };

    /// <summary>
    /// A value is absurd when it is above <see cref="CheckInConversation.AbsurdFactor"/> times every reference that
    /// is known: the week's plan and the highest of the recent weeks. With neither known, nothing is absurd.
    /// </summary>
    public static bool IsAbsurd(decimal value, CheckInQuestion question)
    {
        decimal?[] references = [question.WeekPlan, question.HighestRecent];
        var known = references.OfType<decimal>().ToList();
        return known.Count > 0 && known.All(reference => value > CheckInConversation.AbsurdFactor * reference);
    }
}
