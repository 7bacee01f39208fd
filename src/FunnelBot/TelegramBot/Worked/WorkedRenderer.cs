using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>
/// "What worked" in the reader's language: <see cref="Full"/> for <c>/worked</c>, <see cref="Summary"/> for the section of
/// <c>/reasons</c>, and the outcome of one countermeasure for its announcement. Attainments are written by
/// <see cref="MetricValueText.Attainment(decimal?, CultureInfo)"/>; titles, words and decisions are escaped.
/// </summary>
public sealed class WorkedRenderer
{
    private const int MaxCauses = 10;
    private const int MaxCountermeasuresPerCause = 5;
    private const int MaxWords = 5;
    private const int MaxTests = 10;
    private readonly TeamConfiguration _team;
    private readonly CauseCatalogue _causes;

    public WorkedRenderer(TeamConfiguration team, CauseCatalogue causes)
    {
        _team = team;
        _causes = causes;
    }

    public string Full(WorkedFacts facts, string periodName, int followWeeks, CultureInfo culture)
    {
        var text = new StringBuilder(BotTexts.Html("worked.header", culture, periodName));
        text.Append("\n\n").Append(BotTexts.Html("worked.countermeasures", culture));
        var byCause = facts.ByCause();
        if (byCause.Count == 0)
        {
            text.Append('\n').Append(BotTexts.Html("worked.countermeasures_none", culture, CountWords.Weeks(followWeeks, culture)));
        }

        foreach (var row in byCause.Take(MaxCauses))
        {
            text.Append('\n').Append(CauseLine(row, culture));
            foreach (var countermeasure in row.Countermeasures.Take(MaxCountermeasuresPerCause))
            {
                var followUp = facts.FollowUps.First(f => f.Id == countermeasure.Task);
                text.Append('\n').Append(BotTexts.Html(
                    "worked.countermeasure", culture, followUp.Id, followUp.Title, MetricName(followUp.Metric, culture), new HtmlFragment(Outcome(followUp, culture))));
            }
        }

        text.Append("\n\n").Append(BotTexts.Html("worked.good_weeks", culture));
        AppendGoodWeeks(text, facts, culture);
        text.Append("\n\n").Append(BotTexts.Html("worked.ab", culture));
        if (facts.FinishedTests.Count == 0)
        {
            text.Append('\n').Append(BotTexts.Html("worked.ab_none", culture));
        }

        foreach (var test in facts.FinishedTests.Take(MaxTests))
        {
            text.Append('\n').Append(BotTexts.Html("worked.ab_line", culture, test.Id, test.Name, test.Decision ?? string.Empty));
        }

        return text.ToString();
    }

    /// <summary>The section of <c>/reasons</c>: one line per cause with how often its countermeasures helped, and the finished tests; empty when there is neither.</summary>
    public string Summary(WorkedFacts facts, CultureInfo culture)
    {
        var byCause = facts.ByCause();
        if (byCause.Count == 0 && facts.FinishedTests.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(BotTexts.Html("reasons.worked_header", culture));
        foreach (var row in byCause.Take(MaxCauses))
        {
            text.Append('\n').Append(CauseLine(row, culture));
        }

        if (facts.FinishedTests.Count > 0)
        {
            text.Append('\n').Append(BotTexts.Html("reasons.worked_tests", culture, facts.FinishedTests.Count));
        }

        return text.ToString();
    }

    /// <summary>The outcome of a follow-up, or that it is still followed (until the Sunday of its last week); HTML.</summary>
    public static string Outcome(CountermeasureFollowUpDocument followUp, CultureInfo culture) => followUp.Outcome switch
    {
        null => BotTexts.Html("worked.outcome.following", culture, Dates.Day(IsoWeek.Parse(followUp.LastWeek).Sunday, culture)),
        CountermeasureResult.NotEnoughData => BotTexts.Html("worked.outcome.NotEnoughData", culture, followUp.WeeksJudged, followUp.FollowWeeks),
        { } result => BotTexts.Html(
            "worked.outcome." + result, culture,
            MetricValueText.Attainment(followUp.AttainmentBefore, culture), MetricValueText.Attainment(followUp.AttainmentAfter, culture)),
    };

    public string MetricName(string key, CultureInfo culture) => _team.FindMetric(key)?.Names.For(culture.TwoLetterISOLanguageName) ?? key;

    /// <summary>"Cause — helped 1 of 2, still followed: 1"; only what is known: no "0 of 0" before anything is decided.</summary>
    private string CauseLine(CauseCountermeasures row, CultureInfo culture)
    {
        var name = CauseName(row.Cause, culture);
        if (row.Decided == 0)
        {
            return row.Following > 0
                ? BotTexts.Html("worked.cause_only_following", culture, name, row.Following)
                : BotTexts.Html("worked.cause_undecided", culture, name);
        }

        var line = BotTexts.Html("worked.cause_line", culture, name, row.Helped, row.Decided);
        return row.Following > 0 ? line + BotTexts.Html("worked.cause_following", culture, row.Following) : line;
    }

    private void AppendGoodWeeks(StringBuilder text, WorkedFacts facts, CultureInfo culture)
    {
        var rows = facts.GoodWeekCauses();
        if (rows.Count == 0)
        {
            text.Append('\n').Append(BotTexts.Html("worked.good_none", culture));
            return;
        }

        foreach (var row in rows.Take(MaxCauses))
        {
            text.Append('\n').Append(BotTexts.Html("worked.good_line", culture, CauseName(row.Cause, culture), row.Count));
            text.Append('\n').Append(BotTexts.Html("reasons.metrics", culture, string.Join(", ", row.Metrics.Select(hit => Hit(hit, culture)))));
            foreach (var words in row.OtherTexts.Take(MaxWords))
            {
                text.Append('\n').Append(BotTexts.Html("reasons.other", culture, Shortened(words)));
            }
        }

        var worked = facts.GoodWeeks.Select(d => d.WhatWorked?.Trim()).OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
        foreach (var words in worked)
        {
            text.Append('\n').Append(BotTexts.Html("worked.what_worked", culture, Shortened(words)));
        }
    }

    private string CauseName(string code, CultureInfo culture) =>
        code.Length == 0 ? BotTexts.Template("worked.no_cause", culture) : _causes.Find(code)?.Names.For(culture.TwoLetterISOLanguageName) ?? code;

    private string Hit(CauseHit hit, CultureInfo culture)
    {
        var metric = _team.FindMetric(hit.Metric);
        var sign = hit.NetDeviation > 0 ? "+" : hit.NetDeviation < 0 ? "−" : string.Empty;
        var net = sign + NumberFormatting.Format(Math.Abs(hit.NetDeviation), metric?.Unit ?? MetricUnit.Count, culture);
        return string.Create(culture, $"{MetricName(hit.Metric, culture)} ×{hit.Count} ({net})");
    }

    private static string Shortened(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
