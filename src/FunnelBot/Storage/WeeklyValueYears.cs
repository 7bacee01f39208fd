using System.Globalization;
using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// The year rows of the weekly values (<see cref="WeeklyValueYearDocument"/>): what <see cref="WeeklyValueStore"/>
/// reads for a range of ISO years. The values themselves stay one document per week (their history, who entered them
/// and when); the rows hold the same figures, written in the same transaction, and are rebuilt from them by
/// <see cref="YearRowsBuilt"/>.
/// </summary>
internal sealed class WeeklyValueYears
{
    public const string CollectionName = "weekly_value_years";

    private readonly ILiteCollection<BsonDocument> _rows;

    public WeeklyValueYears(FunnelDatabase database)
    {
        _rows = database.Raw(CollectionName);
        _rows.EnsureIndex(nameof(WeeklyValueYearDocument.IsoYear));
    }

    public static string IdOf(string metric, int isoYear) => string.Create(CultureInfo.InvariantCulture, $"{metric}|{isoYear:D4}");

    /// <summary>Puts values into their years' rows, each row read and written once (a row is made for a metric's first value in a year).</summary>
    public void Put(IReadOnlyCollection<WeeklyValue> values)
    {
        foreach (var row in values.GroupBy(value => (value.Metric, value.Week.Year)))
        {
            var document = _rows.FindById(IdOf(row.Key.Metric, row.Key.Year)) ?? NewRow(row.Key.Metric, row.Key.Year);
            var weeks = document[nameof(WeeklyValueYearDocument.Weeks)].AsArray;
            foreach (var value in row)
            {
                weeks[value.Week.Week - 1] = value.Value;
            }

            _rows.Upsert(document);
        }
    }

    /// <summary>The values of ISO years <paramref name="fromYear"/>..<paramref name="toYear"/>, by metric and week.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> Load(int fromYear, int toYear)
    {
        var byMetric = new Dictionary<string, Dictionary<IsoWeek, decimal>>(StringComparer.Ordinal);
        foreach (var row in _rows.Find(Query.Between(nameof(WeeklyValueYearDocument.IsoYear), fromYear, toYear)))
        {
            var metric = row[nameof(WeeklyValueYearDocument.Metric)].AsString;
            if (!byMetric.TryGetValue(metric, out var weeks))
            {
                weeks = new Dictionary<IsoWeek, decimal>(110);
                byMetric.Add(metric, weeks);
            }

            var year = row[nameof(WeeklyValueYearDocument.IsoYear)].AsInt32;
            var values = row[nameof(WeeklyValueYearDocument.Weeks)].AsArray;
            for (var index = 0; index < values.Count; index++)
            {
                if (!values[index].IsNull)
                {
                    weeks[new IsoWeek(year, index + 1)] = values[index].AsDecimal;
                }
            }
        }

        return byMetric.ToDictionary(
            pair => pair.Key, pair => (IReadOnlyDictionary<IsoWeek, decimal>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Makes every row again from the weekly values (the rows of a metric or year without values go).</summary>
    public void RebuildFrom(ILiteCollection<BsonDocument> values)
    {
        _rows.DeleteAll();
        var rows = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var value in values.FindAll())
        {
            var metric = value[nameof(WeeklyValueDocument.Metric)].AsString;
            var week = new IsoWeek(value[nameof(WeeklyValueDocument.IsoYear)].AsInt32, value[nameof(WeeklyValueDocument.Week)].AsInt32);
            var id = IdOf(metric, week.Year);
            if (!rows.TryGetValue(id, out var row))
            {
                row = NewRow(metric, week.Year);
                rows.Add(id, row);
            }

            row[nameof(WeeklyValueYearDocument.Weeks)].AsArray[week.Week - 1] = value[nameof(WeeklyValueDocument.Value)].AsDecimal;
        }

        _rows.InsertBulk(rows.Values);
    }

    private static BsonDocument NewRow(string metric, int isoYear) => new()
    {
        ["_id"] = IdOf(metric, isoYear),
        [nameof(WeeklyValueYearDocument.Metric)] = metric,
        [nameof(WeeklyValueYearDocument.IsoYear)] = isoYear,
        [nameof(WeeklyValueYearDocument.Weeks)] = new BsonArray(Enumerable.Repeat(BsonValue.Null, IsoWeek.WeeksInYear(isoYear))),
    };
}
