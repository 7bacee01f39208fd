using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Plans: month plans and one-week overrides of entered metrics, yearly targets of ratios.
/// Idempotent upserts by deterministic id; a change leaves a history entry and is put into its metric's year row
/// (<see cref="PlanYears"/>, which reports read), all in one transaction; the same plan again changes nothing.
/// </summary>
public sealed class PlanStore
{
    public const string CollectionName = "plans";

    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<PlanDocument> _plans;
    private readonly ChangeHistory _history;
    private readonly PlanYears _years;

    public PlanStore(FunnelDatabase database, ChangeHistory history)
    {
        _database = database;
        _history = history;
        _plans = database.Collection<PlanDocument>(CollectionName);
        _plans.EnsureIndex(plan => plan.Year);
        _plans.EnsureIndex(plan => plan.Metric);
        _years = new PlanYears(database);
    }

    /// <summary>Stores one plan set by a person; true when it changed something.</summary>
    public bool Set(PlanEntry plan, ChangeAuthor author) => Set(plan, author, PlanOrigin.Manual);

    /// <summary>Stores one plan made as <paramref name="origin"/> says; true when it changed something (the same figure and note change nothing, not even the origin).</summary>
    public bool Set(PlanEntry plan, ChangeAuthor author, PlanOrigin origin) => _database.InTransaction(() =>
    {
        var changed = Write(plan, author, origin);
        if (changed)
        {
            _years.Put([plan]);
        }

        return changed;
    });

    /// <summary>Writes the plan's document and its history (not its year row); true when it changed something.</summary>
    private bool Write(PlanEntry plan, ChangeAuthor author, PlanOrigin origin)
    {
        var id = plan.Id;
        StoredValueBound.Check(plan.Value, id);
        var existing = _plans.FindById(id);
        if (existing is not null && existing.Value == plan.Value && existing.Note == plan.Note)
        {
            return false;
        }

        _database.Changes.Bump();
        _plans.Upsert(new PlanDocument
        {
            Id = id,
            Metric = plan.Metric,
            Kind = plan.Kind,
            Year = plan.Year,
            Number = plan.Number,
            Value = plan.Value,
            Note = plan.Note,
            UpdatedAt = _history.Now,
            UpdatedBy = author.Who,
            Source = author.Source,
            Origin = origin,
        });
        _history.Append(new HistoryDocument
        {
            Collection = CollectionName,
            DocumentId = id,
            Metric = plan.Metric,
            OldValue = existing?.Value,
            NewValue = plan.Value,
            OldNote = existing?.Note,
            NewNote = plan.Note,
            Source = author.Source,
            Who = author.Who,
            At = _history.Now,
        });
        return true;
    }

    /// <summary>
    /// Stores all plans in one transaction (all or nothing); of several for the same period the last wins (a month row
    /// after its year row), and only it is written. Returns how many stored plans changed: a plan equal to the stored
    /// one (value and note) writes nothing, not even history.
    /// </summary>
    public int SetAll(IEnumerable<PlanEntry> plans, ChangeAuthor author) => SetAll(plans, author, PlanOrigin.Manual);

    /// <inheritdoc cref="SetAll(IEnumerable{PlanEntry}, ChangeAuthor)"/>
    public int SetAll(IEnumerable<PlanEntry> plans, ChangeAuthor author, PlanOrigin origin) =>
        _database.InTransaction(() =>
        {
            var changed = LastPerKey.Of(plans, plan => plan.Id).Where(plan => Write(plan, author, origin)).ToList();
            _years.Put(changed);
            return changed.Count;
        });

    public PlanEntry? Get(string id) => _plans.FindById(id)?.ToEntry();

    /// <summary>The month plans of a calendar year, every metric, with how each was made.</summary>
    public IReadOnlyList<StoredPlan> MonthPlans(int year) =>
        [.. _plans.Find(Query.EQ(nameof(PlanDocument.Year), year))
            .Where(document => document.Kind == PlanKind.Month)
            .Select(document => new StoredPlan(document.ToEntry(), document.Origin))];

    /// <summary>The plans of the given metrics for years <paramref name="fromYear"/>..<paramref name="toYear"/>, as the engine reads them.</summary>
    /// <remarks>Reads one year row per metric and year through the year index: this is on the report's hot path.</remarks>
    public IReadOnlyDictionary<string, MetricPlan> LoadPlans(IReadOnlyCollection<string> metrics, int fromYear, int toYear) =>
        _years.Load(metrics, fromYear, toYear);

    /// <summary>Every stored plan, by metric, then kind, then period.</summary>
    public IReadOnlyList<PlanEntry> All() =>
        [.. _plans.FindAll()
            .Select(document => document.ToEntry())
            .OrderBy(plan => plan.Metric, StringComparer.Ordinal)
            .ThenBy(plan => plan.Kind)
            .ThenBy(plan => plan.Year)
            .ThenBy(plan => plan.Number)];

    /// <summary>The notes of a metric's month plans in a calendar year, by month (months without a note left out).</summary>
    public IReadOnlyList<(YearMonth Month, string Note)> MonthNotes(string metric, int year) =>
        [.. _plans.Find(Query.And(Query.EQ(nameof(PlanDocument.Metric), metric), Query.EQ(nameof(PlanDocument.Year), year)))
            .Where(document => document.Kind == PlanKind.Month && !string.IsNullOrWhiteSpace(document.Note))
            .OrderBy(document => document.Number)
            .Select(document => (new YearMonth(document.Year, document.Number), document.Note!))];

    public int Count() => _plans.Count();

    public IReadOnlyList<HistoryDocument> History(string id) => _history.Of(CollectionName, id);
}
