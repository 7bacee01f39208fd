using System.Globalization;
using System.Text;
using FunnelBot.AbTesting;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>The list of A/B tests, a test's card and its one line in the digest.</summary>
public sealed class AbTestRenderer
{
    private readonly TeamConfiguration _team;
    private readonly AbTestStore _tests;
    private readonly AbTestRules _rules;

    public AbTestRenderer(TeamConfiguration team, AbTestStore tests, AbTestRules rules)
    {
        _team = team;
        _tests = tests;
        _rules = rules;
    }

    public AbTestAnalysis Analyse(AbTestDocument test) =>
        AbTestAnalysis.Of(
            [.. _tests.Weeks(test.Id).Select(w => (new VariantCounts(w.TrialsA, w.ConversionsA), new VariantCounts(w.TrialsB, w.ConversionsB)))],
            _rules);

    /// <summary><c>/ab</c>: every test, running first, with a button to open each card.</summary>
    public (string Html, List<List<OutgoingButton>>? Keyboard) List(CultureInfo culture)
    {
        var tests = _tests.All().OrderBy(t => t.Status).ThenBy(t => t.Id).ToList();
        if (tests.Count == 0)
        {
            return (BotTexts.Html("ab.list_empty", culture), null);
        }

        var text = new StringBuilder(BotTexts.Html("ab.list_header", culture));
        foreach (var test in tests)
        {
            text.Append('\n').Append(Line(test, culture));
        }

        text.Append('\n').Append(BotTexts.Html("ab.list_hint", culture));
        var keyboard = tests.Select(t => new List<OutgoingButton> { AbTestButtons.Card(t.Id, t.Name) }).ToList();
        return (text.ToString(), keyboard);
    }

    /// <summary>One line: number, name, what it compares, its state.</summary>
    public string Line(AbTestDocument test, CultureInfo culture)
    {
        var state = test.Status == AbTestStatus.Running
            ? BotTexts.Html("ab.state_running", culture, Dates.Day(test.StartDate, culture))
            : BotTexts.Html("ab.state_finished", culture, test.Decision ?? string.Empty);
        return BotTexts.Html("ab.list_line", culture, test.Id, test.Name, new HtmlFragment(Conversion(test, culture)), new HtmlFragment(state));
    }

    /// <summary>The digest's line of a running test: each variant's rate and counts, P(B beats A) and whether it may be read yet.</summary>
    public string DigestLine(AbTestDocument test, CultureInfo culture)
    {
        var analysis = Analyse(test);
        var beats = analysis.ProbabilityBBeatsA is { } p ? AbTestFigures.Percent(p, culture) : Domain.CheckIns.NumberFormatting.NoValue;
        return BotTexts.Html(
            "ab.digest_line", culture, test.Id, test.Name,
            test.VariantA, AbTestFigures.Rate(analysis.A, culture), AbTestFigures.Count(analysis.A.Conversions, culture), AbTestFigures.Count(analysis.A.Trials, culture),
            test.VariantB, AbTestFigures.Rate(analysis.B, culture), AbTestFigures.Count(analysis.B.Conversions, culture), AbTestFigures.Count(analysis.B.Trials, culture),
            beats, new HtmlFragment(VerdictShort(analysis.Verdict, test, culture)));
    }

    /// <summary>The card: the counts per variant, the figures, the sample still needed, the verdict and the warnings.</summary>
    public string Card(AbTestDocument test, CultureInfo culture)
    {
        var analysis = Analyse(test);
        var lines = new List<string>
        {
            BotTexts.Html("ab.card_title", culture, test.Id, test.Name),
            BotTexts.Html("ab.card_compares", culture, new HtmlFragment(Conversion(test, culture)), Owner(test.Owner)),
            Period(test, culture),
            Variant("A", test.VariantA, analysis.A, culture),
            Variant("B", test.VariantB, analysis.B, culture),
        };
        if (analysis.WeeksWithNumbers == 0)
        {
            lines.Add(BotTexts.Html("ab.card_no_numbers", culture, test.Id));
        }
        else
        {
            lines.Add(BotTexts.Html("ab.card_weeks", culture, CountWords.Weeks(analysis.WeeksWithNumbers, culture)));
        }

        if (analysis.FisherP is { } fisher)
        {
            lines.Add(BotTexts.Html("ab.card_fisher", culture, AbTestFigures.P(fisher, culture)));
            lines.Add(BotTexts.Html("ab.card_beats", culture, test.VariantB, test.VariantA, AbTestFigures.Percent(analysis.ProbabilityBBeatsA!.Value, culture)));
            lines.Add(BotTexts.Html(
                "ab.card_loss", culture,
                test.VariantA, AbTestFigures.Percent(analysis.LossChoosingA!.Value, culture),
                test.VariantB, AbTestFigures.Percent(analysis.LossChoosingB!.Value, culture)));
        }
        else
        {
            lines.Add(BotTexts.Html("ab.card_no_comparison", culture));
        }

        lines.Add(Sample(analysis, culture));
        lines.Add(BotTexts.Html("ab.card_verdict", culture, new HtmlFragment(Verdict(analysis.Verdict, test, culture))));
        if (analysis.Verdict == AbTestVerdict.TooEarly)
        {
            lines.Add(BotTexts.Html("ab.card_small_counts", culture));
        }

        if (test.Status == AbTestStatus.Running)
        {
            lines.Add(BotTexts.Html("ab.card_peeking", culture));
            lines.Add(BotTexts.Html("ab.card_how_to_feed", culture, test.Id));
        }
        else
        {
            lines.Add(BotTexts.Html("ab.card_decision", culture, test.Decision ?? string.Empty));
        }

        return string.Join('\n', lines);
    }

    private string Sample(AbTestAnalysis analysis, CultureInfo culture)
    {
        var lift = AbTestFigures.Percent(_rules.MinimumDetectableLift, culture);
        if (analysis.NeededPerVariant is not { } needed)
        {
            return BotTexts.Html("ab.card_sample_unknown", culture, lift);
        }

        var neededText = AbTestFigures.Count(needed, culture);
        if (analysis.StillNeededPerVariant is 0)
        {
            return BotTexts.Html("ab.card_sample_reached", culture, lift, neededText);
        }

        var missing = AbTestFigures.Count(analysis.StillNeededPerVariant!.Value, culture);
        return analysis.WeeksStillNeeded is { } weeks
            ? BotTexts.Html("ab.card_sample_weeks", culture, lift, neededText, missing, CountWords.Weeks(weeks, culture))
            : BotTexts.Html("ab.card_sample", culture, lift, neededText, missing);
    }

    private string Verdict(AbTestVerdict verdict, AbTestDocument test, CultureInfo culture) => verdict switch
    {
        AbTestVerdict.TooEarly => BotTexts.Html("ab.verdict_too_early", culture, AbTestFigures.Count(_rules.MinimumPerVariant, culture)),
        AbTestVerdict.NoClearDifference => BotTexts.Html("ab.verdict_no_difference", culture),
        AbTestVerdict.ABetter => BotTexts.Html("ab.verdict_better", culture, test.VariantA),
        _ => BotTexts.Html("ab.verdict_better", culture, test.VariantB),
    };

    private static string VerdictShort(AbTestVerdict verdict, AbTestDocument test, CultureInfo culture) => verdict switch
    {
        AbTestVerdict.TooEarly => BotTexts.Html("ab.digest_too_early", culture),
        AbTestVerdict.NoClearDifference => BotTexts.Html("ab.verdict_no_difference", culture),
        AbTestVerdict.ABetter => BotTexts.Html("ab.verdict_better", culture, test.VariantA),
        _ => BotTexts.Html("ab.verdict_better", culture, test.VariantB),
    };

    private static string Variant(string letter, string name, VariantCounts counts, CultureInfo culture) =>
        BotTexts.Html(
            "ab.card_variant", culture, letter, name,
            AbTestFigures.Count(counts.Trials, culture), AbTestFigures.Count(counts.Conversions, culture), AbTestFigures.Rate(counts, culture));

    private static string Period(AbTestDocument test, CultureInfo culture) =>
        test.EndDate is { } end
            ? BotTexts.Html("ab.card_period_until", culture, Dates.Day(test.StartDate, culture), Dates.Day(end, culture))
            : BotTexts.Html("ab.card_period", culture, Dates.Day(test.StartDate, culture));

    private string Conversion(AbTestDocument test, CultureInfo culture) =>
        BotTexts.Html("ab.conversion", culture, MetricName(test.TrialMetric, culture), MetricName(test.ConversionMetric, culture));

    private string MetricName(string key, CultureInfo culture) =>
        _team.FindMetric(key)?.Names.For(culture.TwoLetterISOLanguageName) ?? key;

    private string Owner(string key) => _team.FindMember(key)?.DisplayName ?? key;
}
