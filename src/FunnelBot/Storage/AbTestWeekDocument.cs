namespace FunnelBot.Storage;

/// <summary>
/// One week's numbers of an A/B test (collection <c>ab_test_weeks</c>), id <c>&lt;test&gt;|&lt;ISO week&gt;</c>: each
/// variant's trials and conversions, who gave them and through what (chat, import). A later entry for the week replaces it.
/// </summary>
public sealed class AbTestWeekDocument
{
    public string Id { get; set; } = string.Empty;

    public int Test { get; set; }

    public int IsoYear { get; set; }

    public int Week { get; set; }

    public long TrialsA { get; set; }

    public long ConversionsA { get; set; }

    public long TrialsB { get; set; }

    public long ConversionsB { get; set; }

    public string By { get; set; } = string.Empty;

    public ChangeSource Source { get; set; }

    public DateTime At { get; set; }
}
