using System.Globalization;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>The plan changes waiting for the manager's Confirm or Cancel (collection <c>pending_plan_changes</c>).</summary>
public sealed class PendingPlanChangeStore
{
    public const string CollectionName = "pending_plan_changes";

    private readonly ILiteCollection<PendingPlanChangeDocument> _changes;
    private readonly PlanStore _plans;
    private readonly TimeProvider _time;

    public PendingPlanChangeStore(FunnelDatabase database, PlanStore plans, TimeProvider time)
    {
        _changes = database.Collection<PendingPlanChangeDocument>(CollectionName);
        _plans = plans;
        _time = time;
    }

    /// <summary>A new pending change of these plans, with the values stored now as the old ones (not yet saved: see <see cref="Add"/>).</summary>
    public PendingPlanChangeDocument Prepare(string who, IEnumerable<PlanEntry> plans) => new()
    {
        Id = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        Who = who,
        CreatedAt = _time.GetUtcNow().UtcDateTime,
        Items = [.. plans.Select(plan => PendingPlanItem.From(plan, _plans.Get(plan.Id)))],
        Status = PendingPlanStatus.Pending,
    };

    /// <summary>A pending plan from last year: <paramref name="plans"/> for Confirm, <paramref name="manual"/> only for "replace manual plans too".</summary>
    public PendingPlanChangeDocument Prepare(string who, IEnumerable<PlanEntry> plans, IEnumerable<PlanEntry> manual, PendingFromLastYear request)
    {
        var change = Prepare(who, plans);
        change.ManualItems = [.. manual.Select(plan => PendingPlanItem.From(plan, _plans.Get(plan.Id)))];
        change.FromLastYear = request;
        return change;
    }

    public void Add(PendingPlanChangeDocument change) => _changes.Insert(change);

    /// <summary>
    /// Replaces a pending change's plans with a fresh computation (another choice for incomplete months), with the
    /// stored values of now as the old ones; the week to confirm starts again. False when it is no longer pending.
    /// </summary>
    public bool Recompute(string id, PendingPlanChangeDocument fresh)
    {
        var change = _changes.FindById(id);
        if (change is null || change.Status != PendingPlanStatus.Pending)
        {
            return false;
        }

        change.Items = fresh.Items;
        change.ManualItems = fresh.ManualItems;
        change.FromLastYear = fresh.FromLastYear;
        change.CreatedAt = fresh.CreatedAt;
        return _changes.Update(change);
    }

    public PendingPlanChangeDocument? Find(string id) => _changes.FindById(id);

    /// <summary>How long a preview may be confirmed: after that the numbers it showed are too old to trust.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromDays(7);

    /// <summary>Whether the preview is older than <see cref="ConfirmWithin"/>.</summary>
    public bool IsExpired(PendingPlanChangeDocument change) =>
        _time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(change.CreatedAt, DateTimeKind.Utc) > ConfirmWithin;

    /// <summary>
    /// Whether a stored plan differs from the old value the preview showed (someone changed it meanwhile): of the plans
    /// Confirm stores, and with <paramref name="withManual"/> also of the plans set by hand that would be replaced.
    /// </summary>
    public bool IsStale(PendingPlanChangeDocument change, bool withManual = false) =>
        (withManual ? change.Items.Concat(change.ManualItems) : change.Items).Any(item =>
        {
            var stored = _plans.Get(item.ToEntry().Id);
            return stored?.Value != item.OldValue || stored?.Note != item.OldNote;
        });

    /// <summary>Marks the change as finished; true when it was still pending.</summary>
    public bool Close(string id, PendingPlanStatus status, string who)
    {
        var change = _changes.FindById(id);
        if (change is null || change.Status != PendingPlanStatus.Pending)
        {
            return false;
        }

        change.Status = status;
        change.ClosedAt = _time.GetUtcNow().UtcDateTime;
        change.ClosedBy = who;
        return _changes.Update(change);
    }
}
