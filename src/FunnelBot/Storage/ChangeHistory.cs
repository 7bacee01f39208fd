using LiteDB;

namespace FunnelBot.Storage;

/// <summary>The append-only history of changes to values and plans, shared by the stores that keep one.</summary>
public sealed class ChangeHistory
{
    public const string CollectionName = "history";

    private readonly ILiteCollection<HistoryDocument> _history;
    private readonly TimeProvider _time;

    public ChangeHistory(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _history = database.Collection<HistoryDocument>(CollectionName);
        _history.EnsureIndex(entry => entry.DocumentId);
        _history.EnsureIndex(entry => entry.Metric);
    }

    public DateTime Now => _time.GetUtcNow().UtcDateTime;

    public void Append(HistoryDocument entry) => _history.Insert(entry);

    /// <summary>
    /// The changes of one document of <paramref name="collection"/>, oldest first (a week's value and that week's plan
    /// override share the id <c>leads|2026-W10</c>; the collection tells them apart).
    /// </summary>
    public IReadOnlyList<HistoryDocument> Of(string collection, string documentId) =>
        [.. _history.Find(entry => entry.DocumentId == documentId).Where(entry => entry.Collection == collection).OrderBy(entry => entry.Id)];

    /// <summary>Every change of the documents of one collection (e.g. <c>plans</c>), oldest first.</summary>
    public IReadOnlyList<HistoryDocument> OfCollection(string collection) =>
        [.. _history.Find(entry => entry.Collection == collection).OrderBy(entry => entry.Id)];

    public int Count() => _history.Count();
}
