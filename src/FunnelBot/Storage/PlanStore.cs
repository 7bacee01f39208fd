using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Plans: month plans and one-week overrides of entered metrics, yearly targets of ratios.
/// Idempotent upserts by deterministic id; a change leaves a history entry, the same plan again changes nothing.
/// </summary>
public sealed class PlanStore
{
    public const string CollectionName = "plans";

    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<PlanDocument> _plans;
    private readonly ChangeHistory _history;

    public PlanStore(FunnelDatabase database, ChangeHistory history)
    {
        _database = database;
        _history = history;
        _plans = database.Collection<PlanDocument>(CollectionName);
        _plans.EnsureIndex(plan => plan.Year);
        _plans.EnsureIndex(plan => plan.Metric);
    }

    /// <summary>Stores one plan set by a person; true when it changed something.</summary>
    public bool Set(PlanEntry plan, ChangeAuthor author) => Set(plan, author, PlanOrigin.Manual);

    /// <summary>Stores one plan made as <paramref name="origin"/> says; true when it changed something (the same figure and note change nothing, not even the origin).</summary>
    public bool Set(PlanEntry plan, ChangeAuthor author, PlanOrigin origin)
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
        _database.InTransaction(() => LastPerKey.Of(plans, plan => plan.Id).Count(plan => Set(plan, author, origin)));

    public PlanEntry? Get(string id) => _plans.FindById(id)?.ToEntry();

    /// <summary>The month plans of a calendar year, every metric, with how each was made.</summary>
    public IReadOnlyList<StoredPlan> MonthPlans(int year) =>
        [.. _plans.Find(Query.EQ(nameof(PlanDocument.Year), year))
            .Where(document => document.Kind == PlanKind.Month)
            .Select(document => new StoredPlan(document.ToEntry(), document.Origin))];

    /// <summary>The plans of the given metrics for years <paramref name="fromYear"/>..<paramref name="toYear"/>, as the engine reads them.</summary>
    /// <remarks>
    /// Reads the years through the year index as raw documents, only the fields the engine needs (mapping whole
    /// classes costs three times as much): this is on the report's hot path.
    /// </remarks>
    public IReadOnlyDictionary<string, MetricPlan> LoadPlans(IReadOnlyCollection<string> metrics, int fromYear, int toYear)
    {
        var wanted = metrics.ToHashSet(StringComparer.Ordinal);
        var parts = new Dictionary<string, MetricPlanParts>(StringComparer.Ordinal);
        foreach (var document in _database.Raw(CollectionName).Find(Query.Between(nameof(PlanDocument.Year), fromYear, toYear)))
        {
            var metric = document[nameof(PlanDocument.Metric)].AsString;
            if (!wanted.Contains(metric))
            {
                continue;
            }

            if (!parts.TryGetValue(metric, out var plan))
            {
                plan = new MetricPlanParts();
                parts.Add(metric, plan);
            }

            plan.Add(document);
        }

        return parts.ToDictionary(pair => pair.Key, pair => pair.Value.ToPlan(), StringComparer.Ordinal);
    }

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

    private sealed class MetricPlanParts
    {
        private readonly Dictionary<YearMonth, decimal> _monthly = [];
        private readonly Dictionary<IsoWeek, WeekPlanOverride> _overrides = [];
        private readonly Dictionary<int, decimal> _targets = [];

        /// <summary>Adds one raw plan document (its kind is stored by name, as LiteDB maps an enum).</summary>
        public void Add(BsonDocument document)
        {
            var year = document[nameof(PlanDocument.Year)].AsInt32;
            var number = document[nameof(PlanDocument.Number)].AsInt32;
            var value = document[nameof(PlanDocument.Value)].AsDecimal;
            switch (document[nameof(PlanDocument.Kind)].AsString)
            {
                case nameof(PlanKind.Month):
                    _monthly[new YearMonth(year, number)] = value;
                    break;
                case nameof(PlanKind.WeekOverride):
                    var note = document[nameof(PlanDocument.Note)];
                    _overrides[new IsoWeek(year, number)] = new WeekPlanOverride(value, note.IsString ? note.AsString : null);
                    break;
                default:
                    _targets[year] = value;
                    break;
            }
        }

        public MetricPlan ToPlan() => new(_monthly, _overrides, _targets);
    }
}
