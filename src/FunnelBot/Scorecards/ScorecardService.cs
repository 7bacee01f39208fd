using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Scorecards;

/// <summary>Loads what a week's scorecard needs from the stores and computes it with the team's metrics and thresholds.</summary>
public sealed class ScorecardService
{
    private readonly TeamConfiguration _configuration;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly AutomaticMetricValues _automatic;
    private readonly ScorecardInputCache? _cache;
    private readonly Lock _gate = new();
    private (IsoWeek Week, ScorecardInput Input, ScorecardReport Report)? _lastReport;
    private readonly ScorecardEngine _engine;

    public ScorecardService(
        TeamConfiguration configuration, WeeklyValueStore values, PlanStore plans, AutomaticMetricValues automatic, ScorecardInputCache? cache = null)
    {
        _configuration = configuration;
        _values = values;
        _plans = plans;
        _automatic = automatic;
        _cache = cache;
        _engine = new ScorecardEngine(configuration.Team.Zones);
    }

    /// <summary>The week's scorecard; computed again only when its input was loaded anew (data changed, or another year).</summary>
    public ScorecardReport Build(IsoWeek week)
    {
        var input = LoadInput(week);
        lock (_gate)
        {
            if (_lastReport is { } last && last.Week == week && ReferenceEquals(last.Input, input))
            {
                return last.Report;
            }
        }

        var report = Compute(week, input);
        lock (_gate)
        {
            _lastReport = (week, input, report);
        }

        return report;
    }

    /// <summary>Values of ISO years Y-1..Y (automatic metrics computed now) and plans of those years for the configured metrics.</summary>
    public ScorecardInput LoadInput(IsoWeek week) =>
        _cache is null ? Load(week) : _cache.GetOrLoad(week.Year, _automatic.Today, () => Load(week));

    private ScorecardInput Load(IsoWeek week)
    {
        var keys = _configuration.Metrics.Select(metric => metric.Key).ToList();
        return new ScorecardInput(_automatic.AddTo(_values.LoadYears(week.Year - 1, week.Year)), _plans.LoadPlans(keys, week.Year - 1, week.Year));
    }

    public ScorecardReport Compute(IsoWeek week, ScorecardInput input) => _engine.Compute(week, _configuration.Metrics, input);
}
