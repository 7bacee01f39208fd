using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// The year rows of the plans (<see cref="PlanYearDocument"/>): what <see cref="PlanStore.LoadPlans"/> reads for a
/// range of years. The plans themselves stay one document each (their history, origin, who set them and when); the
/// rows hold the same figures and notes, written in the same transaction, and are rebuilt from them by
/// <see cref="YearRowsBuilt"/>.
/// </summary>
internal sealed class PlanYears
{
    public const string CollectionName = "plan_years";

    private const string MonthsField = nameof(PlanYearDocument.Months);
    private const string OverridesField = nameof(PlanYearDocument.Overrides);
    private const string TargetField = nameof(PlanYearDocument.Target);

    private readonly ILiteCollection<BsonDocument> _rows;

    public PlanYears(FunnelDatabase database)
    {
        _rows = database.Raw(CollectionName);
        _rows.EnsureIndex(nameof(PlanYearDocument.Year));
    }

    public static string IdOf(string metric, int year) => string.Create(CultureInfo.InvariantCulture, $"{metric}|{year:D4}");

    /// <summary>Puts plans into their years' rows, each row read and written once (a row is made for a metric's first plan in a year).</summary>
    public void Put(IReadOnlyCollection<PlanEntry> plans)
    {
        foreach (var row in plans.GroupBy(plan => (plan.Metric, plan.Year)))
        {
            var document = _rows.FindById(IdOf(row.Key.Metric, row.Key.Year)) ?? NewRow(row.Key.Metric, row.Key.Year);
            foreach (var plan in row)
            {
                Put(document, plan);
            }

            _rows.Upsert(document);
        }
    }

    /// <summary>The plans of the given metrics for years <paramref name="fromYear"/>..<paramref name="toYear"/>, as the engine reads them.</summary>
    public IReadOnlyDictionary<string, MetricPlan> Load(IReadOnlyCollection<string> metrics, int fromYear, int toYear)
    {
        var wanted = metrics.ToHashSet(StringComparer.Ordinal);
        var parts = new Dictionary<string, Parts>(StringComparer.Ordinal);
        foreach (var row in _rows.Find(Query.Between(nameof(PlanYearDocument.Year), fromYear, toYear)))
        {
            var metric = row[nameof(PlanYearDocument.Metric)].AsString;
            if (!wanted.Contains(metric))
            {
                continue;
            }

            if (!parts.TryGetValue(metric, out var plan))
            {
                plan = new Parts();
                parts.Add(metric, plan);
            }

            plan.Add(row);
        }

        return parts.ToDictionary(pair => pair.Key, pair => pair.Value.ToPlan(), StringComparer.Ordinal);
    }

    /// <summary>Makes every row again from the stored plans.</summary>
    public void RebuildFrom(IEnumerable<PlanEntry> plans)
    {
        _rows.DeleteAll();
        var rows = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var id = IdOf(plan.Metric, plan.Year);
            if (!rows.TryGetValue(id, out var row))
            {
                row = NewRow(plan.Metric, plan.Year);
                rows.Add(id, row);
            }

            Put(row, plan);
        }

        _rows.InsertBulk(rows.Values);
    }

    private static void Put(BsonDocument row, PlanEntry plan)
    {
        switch (plan.Kind)
        {
            case PlanKind.Month:
                row[MonthsField].AsArray[plan.Number - 1] = plan.Value;
                break;
            case PlanKind.WeekOverride:
                var overrides = row[OverridesField].AsArray;
                if (overrides.FirstOrDefault(o => o.AsDocument[nameof(PlanYearOverride.Week)].AsInt32 == plan.Number) is { } replaced)
                {
                    overrides.Remove(replaced);
                }

                overrides.Add(new BsonDocument
                {
                    [nameof(PlanYearOverride.Week)] = plan.Number,
                    [nameof(PlanYearOverride.Value)] = plan.Value,
                    [nameof(PlanYearOverride.Note)] = plan.Note is null ? BsonValue.Null : plan.Note,
                });
                break;
            default:
                row[TargetField] = plan.Value;
                break;
        }
    }

    private static BsonDocument NewRow(string metric, int year) => new()
    {
        ["_id"] = IdOf(metric, year),
        [nameof(PlanYearDocument.Metric)] = metric,
        [nameof(PlanYearDocument.Year)] = year,
        [MonthsField] = new BsonArray(Enumerable.Repeat(BsonValue.Null, 12)),
        [OverridesField] = new BsonArray(),
        [TargetField] = BsonValue.Null,
    };

    private sealed class Parts
    {
        private readonly Dictionary<YearMonth, decimal> _monthly = [];
        private readonly Dictionary<IsoWeek, WeekPlanOverride> _overrides = [];
        private readonly Dictionary<int, decimal> _targets = [];

        public void Add(BsonDocument row)
        {
            var year = row[nameof(PlanYearDocument.Year)].AsInt32;
            var months = row[MonthsField].AsArray;
            for (var index = 0; index < months.Count; index++)
            {
                if (!months[index].IsNull)
                {
                    _monthly[new YearMonth(year, index + 1)] = months[index].AsDecimal;
                }
            }

            foreach (var entry in row[OverridesField].AsArray.Select(o => o.AsDocument))
            {
                var note = entry[nameof(PlanYearOverride.Note)];
                _overrides[new IsoWeek(year, entry[nameof(PlanYearOverride.Week)].AsInt32)] =
                    new WeekPlanOverride(entry[nameof(PlanYearOverride.Value)].AsDecimal, note.IsString ? note.AsString : null);
            }

            if (!row[TargetField].IsNull)
            {
                _targets[year] = row[TargetField].AsDecimal;
            }
        }

        public MetricPlan ToPlan() => new(_monthly, _overrides, _targets);
    }
}
