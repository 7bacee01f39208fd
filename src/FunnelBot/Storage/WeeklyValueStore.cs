using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// The weekly values of entered metrics. Writes are idempotent upserts by id <c>metric|week</c>; a changed value
/// leaves a history entry and is put into its metric's year row (<see cref="WeeklyValueYears"/>), all in one
/// transaction; the same value again changes nothing. Reports read the year rows.
/// </summary>
public sealed class WeeklyValueStore
{
    public const string CollectionName = "weekly_values";

    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<WeeklyValueDocument> _values;
    private readonly ChangeHistory _history;
    private readonly WeeklyValueYears _years;

    public WeeklyValueStore(FunnelDatabase database, ChangeHistory history)
    {
        _database = database;
        _history = history;
        _values = database.Collection<WeeklyValueDocument>(CollectionName);
        _values.EnsureIndex(value => value.IsoYear);
        _values.EnsureIndex(value => value.Metric);
        _years = new WeeklyValueYears(database);
    }

    public static string IdOf(string metric, IsoWeek week) => $"{metric}|{week}";

    /// <summary>
    /// Stores one value; true when it changed something. <paramref name="funnelConfirmed"/> marks a value that breaks a
    /// funnel rule as confirmed by its author; the same value confirmed again only sets the mark (no history: the value
    /// is as it was).
    /// </summary>
    public bool Set(WeeklyValue value, ChangeAuthor author, bool funnelConfirmed = false) => _database.InTransaction(() =>
    {
        var changed = Write(value, author, funnelConfirmed, out var touched);
        if (touched)
        {
            _database.Changes.Bump();
        }

        if (changed)
        {
            _years.Put([value]);
        }

        return changed;
    });

    /// <summary>
    /// Writes the value's document and its history (not its year row, not the data version: the caller bumps that once
    /// per transaction); true when the value changed, <paramref name="touched"/> when anything was written.
    /// </summary>
    private bool Write(WeeklyValue value, ChangeAuthor author, bool funnelConfirmed, out bool touched)
    {
        touched = false;
        var id = IdOf(value.Metric, value.Week);
        StoredValueBound.Check(value.Value, id);
        var existing = _values.FindById(id);
        if (existing is not null && existing.Value == value.Value)
        {
            if (funnelConfirmed && !existing.FunnelConfirmed)
            {
                existing.FunnelConfirmed = true;
                touched = true;
                _values.Update(existing);
            }

            return false;
        }

        touched = true;
        _values.Upsert(new WeeklyValueDocument
        {
            Id = id,
            Metric = value.Metric,
            IsoYear = value.Week.Year,
            Week = value.Week.Week,
            Value = value.Value,
            EnteredAt = _history.Now,
            EnteredBy = author.Who,
            Source = author.Source,
            FunnelConfirmed = funnelConfirmed,
        });
        _history.Append(new HistoryDocument
        {
            Collection = CollectionName,
            DocumentId = id,
            Metric = value.Metric,
            OldValue = existing?.Value,
            NewValue = value.Value,
            Source = author.Source,
            Who = author.Who,
            At = _history.Now,
        });
        return true;
    }

    /// <summary>
    /// Stores all values in one transaction (all or nothing); of several for the same week the last wins, and only it is
    /// written. Returns how many stored values changed: a value equal to the stored one writes nothing, not even history.
    /// </summary>
    public int SetAll(IEnumerable<WeeklyValue> values, ChangeAuthor author) =>
        _database.InTransaction(() =>
        {
            var changed = LastPerKey.Of(values, value => IdOf(value.Metric, value.Week)).Where(value => Write(value, author, false, out _)).ToList();
            if (changed.Count > 0)
            {
                // One change of the data version for the whole batch, however many values it holds.
                _database.Changes.Bump();
            }

            _years.Put(changed);
            return changed.Count;
        });

    public decimal? Get(string metric, IsoWeek week) => _values.FindById(IdOf(metric, week))?.Value;

    /// <summary>Whether the stored value of (metric, week) breaks a funnel rule and was confirmed as right.</summary>
    public bool IsFunnelConfirmed(string metric, IsoWeek week) => _values.FindById(IdOf(metric, week))?.FunnelConfirmed ?? false;

    /// <summary>The values of ISO years <paramref name="fromYear"/>..<paramref name="toYear"/>, by metric and week.</summary>
    /// <remarks>Reads one year row per metric and year through the year index: this is the report's hot path.</remarks>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> LoadYears(int fromYear, int toYear) => _years.Load(fromYear, toYear);

    /// <summary>Every stored value, by metric then week.</summary>
    public IReadOnlyList<WeeklyValue> All() =>
        [.. _values.FindAll()
            .Select(document => new WeeklyValue(document.Metric, new IsoWeek(document.IsoYear, document.Week), document.Value))
            .OrderBy(value => value.Metric, StringComparer.Ordinal)
            .ThenBy(value => value.Week)];

    public int Count() => _values.Count();

    /// <summary>The changes of one (metric, week), oldest first.</summary>
    public IReadOnlyList<HistoryDocument> History(string metric, IsoWeek week) => _history.Of(CollectionName, IdOf(metric, week));
}
