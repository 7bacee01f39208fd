namespace FunnelBot.AbTesting;

/// <summary>What the card may say about a test's outcome so far.</summary>
public enum AbTestVerdict
{
    /// <summary>A variant has fewer trials than the minimum: no verdict yet.</summary>
    TooEarly,

    /// <summary>Enough trials, but Fisher's test does not tell the variants apart at the 0.05 level.</summary>
    NoClearDifference,

    /// <summary>A converts better, Fisher's p below 0.05.</summary>
    ABetter,

    /// <summary>B converts better, Fisher's p below 0.05.</summary>
    BBetter,
}
