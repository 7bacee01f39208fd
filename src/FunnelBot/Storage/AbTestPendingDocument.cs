namespace FunnelBot.Storage;

/// <summary>
/// The A/B test whose week's numbers a member was asked for after a check-in (collection <c>ab_test_pending</c>, one per
/// member, id the member key): the next plain text the member sends, with no check-in open, is taken as its answer.
/// </summary>
public sealed class AbTestPendingDocument
{
    public string Id { get; set; } = string.Empty;

    public int Test { get; set; }

    public int IsoYear { get; set; }

    public int Week { get; set; }
}
