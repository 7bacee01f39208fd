using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>The reasons given for deviations, one record per metric and week (a later answer replaces it).</summary>
public sealed class DeviationStore
{
    public const string CollectionName = "deviations";
    private readonly ILiteCollection<DeviationDocument> _deviations;
    private readonly TimeProvider _time;

    public DeviationStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _deviations = database.Collection<DeviationDocument>(CollectionName);
        _deviations.EnsureIndex(d => d.IsoYear);
    }

    public static string IdOf(string metric, IsoWeek week) => $"{metric}|{week}";

    public DeviationDocument? Find(string metric, IsoWeek week) => _deviations.FindById(IdOf(metric, week));

    /// <summary>Creates or changes the record of a metric's week.</summary>
    public void Update(string metric, IsoWeek week, Action<DeviationDocument> change)
    {
        var document = Find(metric, week) ?? new DeviationDocument { Id = IdOf(metric, week), Metric = metric, IsoYear = week.Year, Week = week.Week };
        change(document);
        document.At = _time.GetUtcNow().UtcDateTime;
        _deviations.Upsert(document);
    }

    public IReadOnlyList<DeviationDocument> ForWeek(IsoWeek week) =>
        [.. _deviations.Find(d => d.IsoYear == week.Year && d.Week == week.Week).OrderBy(d => d.Metric, StringComparer.Ordinal)];

    /// <summary>Every record, by week then metric.</summary>
    public IReadOnlyList<DeviationDocument> All() =>
        [.. _deviations.FindAll().OrderBy(d => d.IsoYear).ThenBy(d => d.Week).ThenBy(d => d.Metric, StringComparer.Ordinal)];

    /// <summary>Records of the weeks from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IReadOnlyList<DeviationDocument> Between(IsoWeek from, IsoWeek to) =>
        [.. _deviations.Find(d => d.IsoYear >= from.Year && d.IsoYear <= to.Year)
            .Where(d => new IsoWeek(d.IsoYear, d.Week) >= from && new IsoWeek(d.IsoYear, d.Week) <= to)];
}
