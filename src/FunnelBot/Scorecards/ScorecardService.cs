using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunnelBot.Scorecards;

/// <summary>
/// Loads what a week's scorecard needs from the stores and computes it with the team's metrics and thresholds. A metric
/// whose figures cannot be computed is logged as an error, once per computation, naming it.
/// </summary>
public sealed partial class ScorecardService
{
    private readonly TeamConfiguration _configuration;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly AutomaticMetricValues _automatic;
    private readonly ScorecardInputCache? _cache;
    private readonly Lock _gate = new();
    private (IsoWeek Week, ScorecardInput Input, ScorecardReport Report)? _lastReport;
    private readonly ScorecardEngine _engine;
    private readonly ILogger<ScorecardService> _logger;

    public ScorecardService(
        TeamConfiguration configuration, WeeklyValueStore values, PlanStore plans, AutomaticMetricValues automatic, ScorecardInputCache? cache = null,
        ILogger<ScorecardService>? logger = null)
    {
        _logger = logger ?? NullLogger<ScorecardService>.Instance;
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

    /// <summary>
    /// Values of ISO years Y-1..Y (automatic metrics computed now) and the configured metrics' plans of the years
    /// <see cref="ScorecardInputYears"/> names: Y, and Y-1 when the look-back of a trend reaches it.
    /// </summary>
    public ScorecardInput LoadInput(IsoWeek week)
    {
        var years = ScorecardInputYears.Of(week);
        return _cache is null ? Load(years) : _cache.GetOrLoad(years, _automatic.Today, () => Load(years));
    }

    private ScorecardInput Load(ScorecardInputYears years)
    {
        var keys = _configuration.Metrics.Select(metric => metric.Key).ToList();
        return new ScorecardInput(
            _automatic.AddTo(_values.LoadYears(years.FirstValueYear, years.LastYear)),
            _plans.LoadPlans(keys, years.FirstPlanYear, years.LastYear));
    }

    public ScorecardReport Compute(IsoWeek week, ScorecardInput input)
    {
        var report = _engine.Compute(week, _configuration.Metrics, input);
        foreach (var metric in report.Unavailable)
        {
            LogUnavailable(metric);
        }

        return report;
    }

    /// <summary>Logs that a metric's figures cannot be computed (its stored values or plans are beyond the bound, or overflow).</summary>
    public void LogUnavailable(MetricDefinition metric) => LogUnavailable(metric.Key, Domain.CheckIns.UnitRules.MaxValue);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Metric {Metric}: its figures cannot be computed; a stored value or plan is above {Limit} or its sums overflow. "
            + "It is shown as an error line; correct it with /edit, /plan set or an import")]
    private partial void LogUnavailable(string metric, decimal limit);
}
