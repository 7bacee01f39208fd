using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// <c>/ab new &lt;name&gt;; &lt;trials metric&gt; -&gt; &lt;conversions metric&gt;; &lt;variant A&gt;; &lt;variant B&gt;[; &lt;owner&gt;][; &lt;end date&gt;]</c>:
/// one line, parts split by semicolons, so that it can be typed on a phone in one go. The metrics are read by
/// <see cref="MetricResolver"/> (key, name or prefix) and must be counts; the owner (the caller when left out) by
/// <see cref="MemberResolver"/>; the test starts today. Anything wrong is refused with what was wrong, and nothing is stored.
/// </summary>
public sealed class AbNewAction
{
    public const int MaxNameLength = 60;
    private readonly MetricResolver _metrics;
    private readonly MemberResolver _members;
    private readonly AbTestStore _tests;
    private readonly AbTestAccess _access;
    private readonly AbTestRenderer _renderer;
    private readonly TeamClock _calendar;

    public AbNewAction(MetricResolver metrics, MemberResolver members, AbTestStore tests, AbTestAccess access, AbTestRenderer renderer, TeamClock calendar)
    {
        _metrics = metrics;
        _members = members;
        _tests = tests;
        _access = access;
        _renderer = renderer;
        _calendar = calendar;
    }

    public void Handle(BotRequest request, BotResponse response, string arguments)
    {
        var culture = request.Culture;
        var caller = request.RequiredMember;
        if (!_access.MayStartAny(caller))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("ab.new_not_allowed", culture));
            return;
        }

        var parts = arguments.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length is < 4 or > 6 || parts.Take(4).Any(p => p.Length == 0))
        {
            response.SendHtml(request.ChatId, Usage(culture));
            return;
        }

        var refusal = Read(parts, caller, culture, out var test);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return;
        }

        if (!_access.MayStart(caller, test!.TrialMetric, test.ConversionMetric))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("ab.new_not_your_metrics", culture));
            return;
        }

        response.Write(() =>
        {
            var created = _tests.Create(test);
            response.SendHtml(request.ChatId, BotTexts.Html("ab.created", culture, new HtmlFragment(_renderer.Card(created, culture))));
        });
    }

    public static string Usage(CultureInfo culture) => BotTexts.Html("ab.new_usage", culture);

    private string? Read(string[] parts, TeamMember caller, CultureInfo culture, out NewAbTest? test)
    {
        test = null;
        var name = parts[0];
        if (name.Length > MaxNameLength || parts[2].Length > MaxNameLength || parts[3].Length > MaxNameLength)
        {
            return BotTexts.Html("ab.name_too_long", culture, MaxNameLength);
        }

        var pair = parts[1].Split(["->", "→"], 2, StringSplitOptions.TrimEntries);
        if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
        {
            return BotTexts.Html("ab.conversion_shape", culture, parts[1]);
        }

        var trials = OneMetric(pair[0], culture, out var trialRefusal);
        var conversions = OneMetric(pair[1], culture, out var conversionRefusal);
        if ((trialRefusal ?? conversionRefusal) is { } metricRefusal)
        {
            return metricRefusal;
        }

        if (trials!.Key == conversions!.Key)
        {
            return BotTexts.Html("ab.same_metric", culture);
        }

        if (string.Equals(parts[2], parts[3], StringComparison.OrdinalIgnoreCase))
        {
            return BotTexts.Html("ab.same_variants", culture);
        }

        var owner = caller;
        DateOnly? end = null;
        foreach (var extra in parts.Skip(4).Where(p => p.Length > 0))
        {
            if (DueDateParser.TryReadFullDate(extra, culture) is { } date)
            {
                if (date < _calendar.Today)
                {
                    return BotTexts.Html("ab.end_in_past", culture, extra);
                }

                end = date;
                continue;
            }

            var match = _members.Resolve(extra);
            if (match.One is not { } member || member.Role == MemberRole.Observer)
            {
                return BotTexts.Html("ab.unknown_owner", culture, extra, Dates.Numeric(_calendar.Today.AddDays(28), culture));
            }

            owner = member;
        }

        test = new NewAbTest(name, trials.Key, conversions.Key, parts[2], parts[3], owner.Key, _calendar.Today, end, caller.Key);
        return null;
    }

    private MetricDefinition? OneMetric(string typed, CultureInfo culture, out string? refusal)
    {
        var match = _metrics.Resolve(typed);
        if (match.One is not { } metric)
        {
            var names = string.Join(", ", _metrics.All.Where(Countable).Select(m => m.Key));
            refusal = match.IsNone
                ? BotTexts.Html("ab.unknown_metric", culture, typed, names)
                : BotTexts.Html("ab.ambiguous_metric", culture, typed, string.Join(", ", match.Found.Select(m => m.Key)));
            return null;
        }

        if (!Countable(metric))
        {
            refusal = BotTexts.Html("ab.metric_not_count", culture, metric.Names.For(culture.TwoLetterISOLanguageName));
            return null;
        }

        refusal = null;
        return metric;
    }

    private static bool Countable(MetricDefinition metric) => !metric.IsRatio && metric.Unit == MetricUnit.Count;
}
