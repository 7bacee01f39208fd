using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Plausibility;

/// <summary>The weekly values a funnel check reads, by metric and week; a value not given is missing, never 0.</summary>
public sealed class FunnelValues
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> _values;
    private readonly (string Metric, IsoWeek Week, decimal Value)? _candidate;

    public FunnelValues(IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values)
        : this(values, null)
    {
    }

    private FunnelValues(IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values, (string, IsoWeek, decimal)? candidate)
    {
        _values = values;
        _candidate = candidate;
    }

    public static FunnelValues None { get; } = new(new Dictionary<string, IReadOnlyDictionary<IsoWeek, decimal>>());

    public decimal? Get(string metric, IsoWeek week)
    {
        if (_candidate is { } candidate && candidate.Week == week && string.Equals(candidate.Metric, metric, StringComparison.Ordinal))
        {
            return candidate.Value;
        }

        return _values.TryGetValue(metric, out var weeks) && weeks.TryGetValue(week, out var value) ? value : null;
    }

    /// <summary>These values with <paramref name="value"/> in place of the stored one (a value about to be entered).</summary>
    public FunnelValues With(string metric, IsoWeek week, decimal value) => new(_values, (metric, week, value));
}
