using System.Globalization;
using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Scorecards;

namespace FunnelBot.Reporting;

/// <summary>
/// Writes a scorecard as the JSON object of docs/scorecard.md ("The JSON report"): exact decimals, null for undefined.
/// After its figures each metric carries the week's notes: <c>causes</c>, <c>otherCause</c>, <c>whatWorked</c>,
/// <c>countermeasures</c> and <c>noCountermeasure</c> (empty or null when nothing was said), then its <c>signal</c>. Last comes
/// <c>funnelChecks</c>: every funnel rule checked for the week (<see cref="FunnelPlausibility.Outcomes"/>).
/// </summary>
public static class ScorecardJsonWriter
{
    public static void Write(Stream output, ScorecardReport report, WeekNotes notes, bool indented = true, IReadOnlyList<FunnelFinding>? funnelChecks = null)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented });
        var week = report.Week;
        json.WriteStartObject();
        json.WriteString("week", week.ToString());
        json.WriteString("weekStart", week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("weekEnd", week.Sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("month", week.Month.ToString());
        json.WriteString("quarter", week.Quarter.ToString());
        json.WriteNumber("year", week.Year);
        json.WriteStartArray("metrics");
        foreach (var score in report.Metrics)
        {
            WriteMetric(json, score, notes.For(score.Metric.Key));
        }

        json.WriteEndArray();
        if (report.Unavailable.Count > 0)
        {
            // Metrics whose figures cannot be computed (a stored value or plan above the bound): named, never guessed.
            json.WriteStartArray("unavailable");
            foreach (var metric in report.Unavailable)
            {
                json.WriteStringValue(metric.Key);
            }

            json.WriteEndArray();
        }

        WriteFunnelChecks(json, funnelChecks ?? []);
        json.WriteEndObject();
        json.Flush();
    }

    public static string ToText(ScorecardReport report, bool indented = true) => ToText(report, WeekNotes.None, indented);

    public static string ToText(ScorecardReport report, WeekNotes notes, bool indented = true, IReadOnlyList<FunnelFinding>? funnelChecks = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, report, notes, indented, funnelChecks);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMetric(Utf8JsonWriter json, MetricScore score, MetricWeekNote note)
    {
        var metric = score.Metric;
        json.WriteStartObject();
        json.WriteString("key", metric.Key);
        json.WriteString("owner", metric.Owner);
        json.WriteString("unit", EnumText.ToText(metric.Unit));
        json.WriteString("direction", EnumText.ToText(metric.Direction));
        json.WriteString("kind", EnumText.ToText(metric.Kind));
        json.WriteBoolean("submitted", score.Submitted);
        json.WriteStartObject("week");
        WriteNumber(json, "actual", score.Week.Actual);
        WriteNumber(json, "plan", score.Week.Plan);
        WriteNumber(json, "attainment", score.Week.Attainment);
        json.WriteString("zone", EnumText.ToText(score.Week.Zone));
        WriteNumber(json, "lastYear", score.Week.LastYear);
        json.WriteEndObject();
        WritePeriod(json, "month", score.Month, metric.IsRatio);
        WritePeriod(json, "quarter", score.Quarter, metric.IsRatio);
        WritePeriod(json, "year", score.Year, metric.IsRatio);
        WriteNote(json, note);
        WriteSignal(json, score.Signal);
        json.WriteEndObject();
    }

    /// <summary>
    /// Added after the notes: the week's value against the natural process limits of the 12 weeks before
    /// (docs/scorecard.md, "Signal or noise"); the limits are null when there are too few values.
    /// </summary>
    private static void WriteSignal(Utf8JsonWriter json, WeekSignal signal)
    {
        var baseline = signal.Baseline;
        json.WriteStartObject("signal");
        json.WriteString("verdict", EnumText.ToText(signal.Verdict));
        WriteNumber(json, "centre", baseline.Limits?.Centre);
        WriteNumber(json, "averageMovingRange", baseline.Limits?.AverageMovingRange);
        WriteNumber(json, "lower", baseline.Limits?.Lower);
        WriteNumber(json, "upper", baseline.Limits?.Upper);
        json.WriteNumber("weeksUsed", baseline.ValuesUsed);
        json.WriteString("firstWeek", baseline.First.ToString());
        json.WriteString("lastWeek", baseline.Last.ToString());
        json.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter json, MetricWeekNote note)
    {
        json.WriteStartArray("causes");
        foreach (var cause in note.Causes)
        {
            json.WriteStringValue(cause);
        }

        json.WriteEndArray();
        json.WriteString("otherCause", note.OtherCause);
        json.WriteString("whatWorked", note.WhatWorked);
        json.WriteStartArray("countermeasures");
        foreach (var task in note.Countermeasures)
        {
            json.WriteStartObject();
            json.WriteNumber("task", task.Task);
            json.WriteString("title", task.Title);
            json.WriteString("owner", task.Owner);
            json.WriteString("due", task.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("status", task.Status);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("noCountermeasure", note.NoCountermeasure);
    }

    /// <summary>Added with the funnel rules: each rule as checked for the week, its sums over the window and whether a value was confirmed.</summary>
    private static void WriteFunnelChecks(Utf8JsonWriter json, IReadOnlyList<FunnelFinding> checks)
    {
        json.WriteStartArray("funnelChecks");
        foreach (var check in checks)
        {
            var outcome = check.Outcome;
            json.WriteStartObject();
            json.WriteString("metric", outcome.Rule.Metric);
            json.WriteString("atMost", outcome.Rule.AtMost);
            json.WriteNumber("weeks", outcome.Rule.Weeks);
            json.WriteString("from", outcome.From.ToString());
            WriteNumber(json, "value", outcome.Value);
            WriteNumber(json, "atMostValue", outcome.AtMostValue);
            json.WriteString("result", Result(outcome));
            json.WriteBoolean("confirmed", check.Confirmed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Result(FunnelOutcome outcome) => outcome.Holds switch
    {
        true => "held",
        false => "broken",
        null => "unknown",
    };

    private static void WritePeriod(Utf8JsonWriter json, string name, PeriodFigures figures, bool isRatio)
    {
        json.WriteStartObject(name);
        WriteNumber(json, "actual", figures.Actual);
        WriteNumber(json, "plan", figures.Plan);
        WriteNumber(json, "planFull", isRatio ? null : figures.PlanFull);
        WriteNumber(json, "attainment", figures.Attainment);
        json.WriteString("zone", EnumText.ToText(figures.Zone));
        WriteNumber(json, "lastYear", figures.LastYear);
        WriteNumber(json, "forecast", isRatio ? null : figures.Forecast);

        // Added after the first version: existing fields keep their names and meaning.
        WriteNumber(json, "neededPerWeek", isRatio ? null : figures.NeededPerWeek);
        json.WriteNumber("weeksLeft", figures.WeeksLeft);
        json.WriteNumber("weeksWithValues", figures.WeeksWithValues);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
