using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Naming;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>The one reading of a metric named in a command: by key, Russian or English name, or a prefix (<see cref="NameMatching"/>).</summary>
public sealed class MetricResolver
{
    private readonly TeamConfiguration _team;
    private readonly IReadOnlyList<NameCandidate<MetricDefinition>> _candidates;

    public MetricResolver(TeamConfiguration team)
    {
        _team = team;
        _candidates = [.. team.Metrics.Select(m => new NameCandidate<MetricDefinition>(m, [m.Key, m.Names.Ru, m.Names.En]))];
    }

    public IReadOnlyList<MetricDefinition> All => _team.Metrics;

    /// <summary>
    /// A metric name for an example in a reply: the member's first metric that <paramref name="fits"/>, or else the team's,
    /// in the reader's language (the key when the team has none).
    /// </summary>
    public string Example(TeamMember? member, CultureInfo culture, Func<MetricDefinition, bool>? fits = null)
    {
        var fitting = _team.Metrics.Where(fits ?? (_ => true)).ToList();
        var metric = fitting.FirstOrDefault(m => m.Owner == member?.Key) ?? fitting.FirstOrDefault();
        return metric is null ? "leads" : metric.Names.For(culture.TwoLetterISOLanguageName);
    }

    /// <summary>The metrics the whole text names.</summary>
    public NameMatch<MetricDefinition> Resolve(string text) => NameMatching.Match(text, _candidates);

    /// <summary>The metric named at the start of the arguments, with at least <paramref name="wordsAfter"/> words left after it.</summary>
    public LeadingName<MetricDefinition> Leading(string arguments, int wordsAfter) => NameMatching.Leading(arguments, _candidates, wordsAfter);
}
