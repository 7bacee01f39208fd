using System.Security.Cryptography;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>What a pending confirmation does on Yes.</summary>
public enum PendingEditKind
{
    /// <summary>Stores <see cref="PendingEditDocument.Value"/> for the metric and week (the default of documents stored before kinds).</summary>
    Value,

    /// <summary>Opens the check-in for <see cref="PendingEditDocument.Week"/> (a week further back than the limit); no metric, no value.</summary>
    CheckIn,
}

/// <summary>
/// An <c>/edit</c> of an absurd value (<see cref="Domain.CheckIns.AnswerRules.IsAbsurd"/>) or of a week further back than
/// <c>Team:CheckIns:ConfirmOlderThanWeeks</c>, or a <c>/checkin</c> of such a week, waiting for its author's Yes or No.
/// Only <see cref="Id"/> travels in the buttons' callback data; <see cref="OldValue"/> is the value shown, so that Yes
/// stores nothing when it was changed meanwhile.
/// </summary>
public sealed class PendingEditDocument
{
    public string Id { get; set; } = string.Empty;

    public PendingEditKind Kind { get; set; }

    /// <summary>The member key of who asked (and alone may answer).</summary>
    public string Member { get; set; } = string.Empty;

    public string Metric { get; set; } = string.Empty;

    public string Week { get; set; } = string.Empty;

    public decimal Value { get; set; }

    public decimal? OldValue { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The <c>/edit</c>s and far <c>/checkin</c>s waiting for a confirmation (collection <c>pending_edits</c>); an answered one is removed.</summary>
public sealed class PendingEditStore
{
    public const string CollectionName = "pending_edits";

    private readonly ILiteCollection<PendingEditDocument> _edits;
    private readonly TimeProvider _time;

    public PendingEditStore(FunnelDatabase database, TimeProvider time)
    {
        _edits = database.Collection<PendingEditDocument>(CollectionName);
        _time = time;
    }

    /// <summary>A new pending edit with a fresh 16-hex-digit id (not yet saved: see <see cref="Add"/>).</summary>
    public PendingEditDocument Prepare(string member, string metric, IsoWeek week, decimal value, decimal? oldValue) => new()
    {
        Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
        Member = member,
        Metric = metric,
        Week = week.ToString(),
        Value = value,
        OldValue = oldValue,
        CreatedAt = _time.GetUtcNow().UtcDateTime,
    };

    /// <summary>A new pending check-in of a week further back than the limit (not yet saved: see <see cref="Add"/>).</summary>
    public PendingEditDocument PrepareCheckIn(string member, IsoWeek week)
    {
        var pending = Prepare(member, string.Empty, week, 0m, null);
        pending.Kind = PendingEditKind.CheckIn;
        return pending;
    }

    public void Add(PendingEditDocument edit) => _edits.Insert(edit);

    public PendingEditDocument? Find(string id) => _edits.FindById(id);

    public void Remove(string id) => _edits.Delete(id);
}
