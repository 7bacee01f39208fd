using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Status;

/// <summary>
/// The scorecard texts of <c>/status</c> and the digest's "All metrics" button, written once per report and reused
/// until the data changes: <see cref="Scorecards.ScorecardService.Build"/> gives the same report object until then, so
/// a repeated <c>/status</c> does not write 200 metric lines anew. The texts hang on the report (a weak table), and a
/// report replaced after a change takes them with it.
/// </summary>
public sealed class ScorecardTexts
{
    private readonly ConditionalWeakTable<ScorecardReport, ConcurrentDictionary<Key, string>> _written = [];
    private readonly StatusRenderer _renderer;
    private readonly TeamClock _clock;

    public ScorecardTexts(StatusRenderer renderer, TeamClock clock)
    {
        _renderer = renderer;
        _clock = clock;
    }

    /// <summary>
    /// The report's scorecard (see <see cref="StatusRenderer.Scorecard"/>): every metric, or those of
    /// <paramref name="owner"/> when one is given.
    /// </summary>
    public string Scorecard(ScorecardReport report, string? owner, string title, bool weekInProgress, CultureInfo culture)
    {
        // The week's name depends on the current year ("24–30 ноября" or with the year), so the year is in the key.
        var key = new Key(owner, title, weekInProgress, culture.Name, _clock.Today.Year);
        return _written.GetValue(report, _ => new ConcurrentDictionary<Key, string>())
            .GetOrAdd(key, (k, state) => state.Renderer.Scorecard(state.Report, k.Owner, k.Title, k.WeekInProgress, state.Culture), (Renderer: _renderer, Report: report, Culture: culture));
    }

    private readonly record struct Key(string? Owner, string Title, bool WeekInProgress, string Culture, int Year);
}
