using FunnelBot.Domain.Away;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>A new absence as <c>/away</c> asks for it.</summary>
public sealed record NewAbsence(string Member, AbsencePeriod Period, string? Note, string CreatedBy);

/// <summary>
/// Absences of members (vacation, sick leave), numbered per team from 1. Cancelling marks an absence, never deletes it.
/// Every write bumps <see cref="FunnelDatabase.Changes"/>, since the digest reads who is away.
/// </summary>
public sealed class AwayStore
{
    public const string CollectionName = "away";
    private readonly ILiteCollection<AwayDocument> _absences;
    private readonly DataVersion _changes;
    private readonly TimeProvider _time;

    public AwayStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _changes = database.Changes;
        _absences = database.Collection<AwayDocument>(CollectionName);
        _absences.EnsureIndex(a => a.Member);
        _absences.EnsureIndex(a => a.Cancelled);
    }

    /// <summary>Stores the absence under the next free number and returns it.</summary>
    public AwayDocument Create(NewAbsence absence)
    {
        var document = new AwayDocument
        {
            Member = absence.Member,
            From = AwayDocument.DateText.Write(absence.Period.From),
            To = AwayDocument.DateText.Write(absence.Period.To),
            Note = absence.Note,
            CreatedBy = absence.CreatedBy,
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        };
        _changes.Bump();

        // LiteDB numbers it (Id 0 = next in the collection's sequence) under the collection's write lock, so two
        // updates handled at the same time never take the same number; a rolled-back one leaves a gap.
        _absences.Insert(document);
        return document;
    }

    public AwayDocument? Find(int number) => _absences.FindById(number);

    /// <summary>Every absence, cancelled ones included, by number.</summary>
    public IReadOnlyList<AwayDocument> All() => [.. _absences.FindAll().OrderBy(a => a.Id)];

    /// <summary>The absences not cancelled, of one member or (null) of everyone, by start date.</summary>
    public IReadOnlyList<AwayDocument> Active(string? member = null) =>
        [.. (member is null
                ? _absences.Find(a => !a.Cancelled)
                : _absences.Find(a => a.Member == member && !a.Cancelled))
            .OrderBy(a => a.From, StringComparer.Ordinal)
            .ThenBy(a => a.Id)];

    /// <summary>The active absences not over by <paramref name="today"/> (team zone), of one member or (null) of everyone.</summary>
    public IReadOnlyList<AwayDocument> NotOver(string? member, DateOnly today) => [.. Active(member).Where(a => a.Period.To >= today)];

    /// <summary>The member's first active absence that shares a day with <paramref name="period"/>, if any.</summary>
    public AwayDocument? Overlapping(string member, AbsencePeriod period) =>
        Active(member).FirstOrDefault(a => a.Period.Overlaps(period));

    public void Cancel(int number, string who)
    {
        var absence = _absences.FindById(number) ?? throw new InvalidOperationException($"Absence {number} does not exist.");
        absence.Cancelled = true;
        absence.CancelledBy = who;
        absence.CancelledAt = _time.GetUtcNow().UtcDateTime;
        _changes.Bump();
        _absences.Update(absence);
    }

    /// <summary>Records the manager's answer to the offer to set the plans to 0.</summary>
    public void AnswerPlanOffer(int number, PlanOfferAnswer answer, string who)
    {
        var absence = _absences.FindById(number) ?? throw new InvalidOperationException($"Absence {number} does not exist.");
        absence.PlanOffer = answer;
        absence.PlanOfferAnsweredBy = who;
        _absences.Update(absence);
    }
}
