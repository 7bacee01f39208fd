using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>A member's check-in conversation as stored (collection <c>checkins</c>, id = member key).</summary>
public sealed class CheckInDocument
{
    public string Id { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string Week { get; set; } = string.Empty;

    public List<string> MetricKeys { get; set; } = [];

    public int Index { get; set; }

    public CheckInPhase Phase { get; set; }

    public decimal? PendingValue { get; set; }

    public bool ReturnToSummary { get; set; }

    public int Version { get; set; }

    /// <summary>The deviation being explained, while the check-in asks why.</summary>
    public DeviationDraftDocument? Deviation { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>The stored form of a <see cref="DeviationDraft"/>.</summary>
public sealed class DeviationDraftDocument
{
    public string Metric { get; set; } = string.Empty;

    public DeviationKind Kind { get; set; }

    public decimal Deviation { get; set; }

    public List<string> Causes { get; set; } = [];

    public string? OtherText { get; set; }

    public string? Countermeasure { get; set; }

    public string? Owner { get; set; }

    public static DeviationDraftDocument? From(DeviationDraft? draft) => draft is null ? null : new()
    {
        Metric = draft.Metric,
        Kind = draft.Kind,
        Deviation = draft.Deviation,
        Causes = [.. draft.Causes],
        OtherText = draft.OtherText,
        Countermeasure = draft.Countermeasure,
        Owner = draft.Owner,
    };

    public DeviationDraft ToDraft() => new(Metric, Kind, Deviation, Causes, OtherText, Countermeasure, Owner);
}

/// <summary>Keeps each member's check-in state, so that a conversation survives a restart of the bot.</summary>
public sealed class CheckInStore
{
    private readonly ILiteCollection<CheckInDocument> _checkIns;
    private readonly TimeProvider _time;

    public CheckInStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _checkIns = database.Collection<CheckInDocument>("checkins");
    }

    public CheckInState? Find(string member)
    {
        var document = _checkIns.FindById(member);
        return document is null
            ? null
            : new CheckInState(
                document.ConversationId, document.Id, IsoWeek.Parse(document.Week), document.MetricKeys, document.Index,
                document.Phase, document.PendingValue, document.ReturnToSummary, document.Version, document.Deviation?.ToDraft());
    }

    /// <summary>
    /// Whether <paramref name="member"/> is answering a check-in right now (of any week): it is open and their last step
    /// was within <paramref name="recently"/>.
    /// </summary>
    public bool IsAnswering(string member, TimeSpan recently)
    {
        var document = _checkIns.FindById(member);
        return document is not null && document.Phase is not (CheckInPhase.Finished or CheckInPhase.Cancelled)
            && document.UpdatedAt >= _time.GetUtcNow().UtcDateTime - recently;
    }

    public void Save(CheckInState state) => _checkIns.Upsert(new CheckInDocument
    {
        Id = state.Member,
        ConversationId = state.Id,
        Week = state.Week.ToString(),
        MetricKeys = [.. state.MetricKeys],
        Index = state.Index,
        Phase = state.Phase,
        PendingValue = state.PendingValue,
        ReturnToSummary = state.ReturnToSummary,
        Version = state.Version,
        Deviation = DeviationDraftDocument.From(state.Deviation),
        UpdatedAt = _time.GetUtcNow().UtcDateTime,
    });
}
