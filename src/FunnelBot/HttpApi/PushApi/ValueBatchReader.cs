using System.Globalization;
using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>A batch read: its values when every one was accepted, else each refused one with its reasons.</summary>
public sealed record ValueBatch(string? Source, IReadOnlyList<WeeklyValue> Values, IReadOnlyList<ValueRefusalOutput> Refused);

/// <summary>
/// Reads a batch of weekly values by the rules of every other entry point: the metric must be an entered one, the week
/// an ISO week of the supported years (or a date inside one), the value read by <see cref="MetricValueReader"/> in the
/// invariant convention (a point for decimals) and checked by the metric's unit; the reasons are the data files'
/// (<see cref="DataFileReason"/>), worded as the command line words them. The shape of the body is checked first
/// (<see cref="PushApiShapeException"/>).
/// </summary>
public sealed class ValueBatchReader(TeamConfiguration team)
{
    public const int MaxValues = 5000;

    public ValueBatch Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PushApiShapeException("the body is not a JSON object with 'values'");
        }

        string? source = null;
        if (root.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind != JsonValueKind.Null)
        {
            source = sourceElement.ValueKind == JsonValueKind.String && ApiKeyStore.IsName(sourceElement.GetString())
                ? sourceElement.GetString()
                : throw new PushApiShapeException("'source' is not a name of 1-40 letters, digits, '-', '_' or '.'");
        }

        if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            throw new PushApiShapeException("'values' is missing or not an array");
        }

        var count = values.GetArrayLength();
        if (count is 0 or > MaxValues)
        {
            throw new PushApiShapeException(FormattableString.Invariant($"'values' has {count} items; give 1 to {MaxValues}"));
        }

        var accepted = new List<WeeklyValue>(count);
        var refused = new List<ValueRefusalOutput>();
        var index = 0;
        foreach (var item in values.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new PushApiShapeException(FormattableString.Invariant($"values[{index}] is not an object"));
            }

            var reasons = new List<DataFileReason>();
            var key = Text(item, "metric");
            var value = ReadOne(item, key, reasons);
            if (reasons.Count == 0 && value is not null)
            {
                accepted.Add(value);
            }
            else
            {
                refused.Add(new ValueRefusalOutput(index, key, [.. reasons.Select(Code)], [.. reasons.Select(DataFileReasonText.English)]));
            }

            index++;
        }

        return new ValueBatch(source, accepted, refused);
    }

    private WeeklyValue? ReadOne(JsonElement item, string? key, List<DataFileReason> reasons)
    {
        var metric = key is null ? null : team.FindMetric(key);
        if (metric is null)
        {
            reasons.Add(DataFileReason.UnknownMetric(key ?? ""));
        }
        else if (metric.IsRatio)
        {
            reasons.Add(DataFileReason.RatioNotEntered(metric.Key));
        }
        else if (metric.Kind == MetricKind.Automatic)
        {
            reasons.Add(DataFileReason.CountedByTheBot(metric.Key));
        }

        var week = ReadWeek(item, reasons);
        var text = item.TryGetProperty("value", out var element) ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        } : null;
        var reading = metric is null
            ? MetricValueReader.ReadNumber(text, NumberConvention.PointDecimal)
            : MetricValueReader.ReadValue(text, metric.Unit, NumberConvention.PointDecimal);
        if (reading.Refusal is { } refusal)
        {
            reasons.Add(DataFileReason.BadValue(text ?? "", refusal, metric, NumberConvention.PointDecimal));
        }

        return reasons.Count == 0 && metric is not null && week is { } found ? new WeeklyValue(metric.Key, found, reading.Value) : null;
    }

    private static IsoWeek? ReadWeek(JsonElement item, List<DataFileReason> reasons)
    {
        var week = Text(item, "week");
        var date = Text(item, "date");
        if (week is not null && date is null)
        {
            if (IsoWeek.TryParse(week, out var parsed))
            {
                return parsed;
            }

            reasons.Add(DataFileReason.NotAWeek(week));
            return null;
        }

        if (date is not null && week is null
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var containing = IsoWeek.Containing(day);
            if (IsoWeek.TryParse(containing.ToString(), out var supported))
            {
                return supported;
            }

            reasons.Add(DataFileReason.NotAWeek(containing.ToString()));
            return null;
        }

        reasons.Add(DataFileReason.NotAWeek(week ?? date ?? ""));
        return null;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static string Code(DataFileReason reason) => JsonNamingPolicy.KebabCaseLower.ConvertName(reason.Code.ToString());
}
