using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Builders;

/// <summary>Builds metric definitions with sensible defaults; tests state only what matters to them.</summary>
internal sealed class MetricBuilder
{
    private readonly string _key;
    private MetricUnit _unit = MetricUnit.Count;
    private MetricDirection _direction = MetricDirection.Higher;
    private MetricKind _kind = MetricKind.Entered;
    private string? _numerator;
    private string? _denominator;

    private MetricBuilder(string key)
    {
        _key = key;
    }

    public static MetricBuilder Entered(string key) => new(key);

    public static MetricBuilder Ratio(string key, string numerator, string denominator) =>
        new(key) { _kind = MetricKind.Ratio, _numerator = numerator, _denominator = denominator };

    public MetricBuilder Direction(MetricDirection direction)
    {
        _direction = direction;
        return this;
    }

    public MetricBuilder Unit(MetricUnit unit)
    {
        _unit = unit;
        return this;
    }

    public MetricDefinition Build() => new(
        _key,
        new MetricNames(_key + " (ru)", _key),
        FunnelStage.Contact,
        FunnelChannel.Other,
        _unit,
        _direction,
        "anna",
        _kind,
        _numerator,
        _denominator);
}
