using System.Globalization;
using System.Text;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting;

/// <summary>
/// The section of the text report after the table: one line per metric that has causes or countermeasures, e.g.
/// <c>leads: causes: Call plan missed; Other: "trade fair moved" | tasks: #12 Call the list (anna, due 2026-12-04, open)</c>.
/// Empty when nothing was said about the week.
/// </summary>
public static class WeekNotesText
{
    public static string Render(ScorecardReport report, WeekNotes notes, CauseCatalogue causes, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        var lines = report.Metrics
            .Select(score => (score.Metric, Note: notes.For(score.Metric.Key)))
            .Where(pair => !pair.Note.IsEmpty)
            .Select(pair => Line(pair.Metric, pair.Note, causes, language))
            .ToList();
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("\nCauses and countermeasures\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Line(MetricDefinition metric, MetricWeekNote note, CauseCatalogue causes, string language)
    {
        var parts = new List<string>();
        if (note.Causes.Count > 0)
        {
            var names = note.Causes.Select(code => code == Cause.OtherCode && note.OtherCause is { } other
                ? $"{causes.Find(code)?.Names.For(language) ?? code}: \"{other}\""
                : causes.Find(code)?.Names.For(language) ?? code);
            parts.Add("causes: " + string.Join("; ", names));
        }

        if (note.WhatWorked is { } worked)
        {
            parts.Add($"worked: \"{worked}\"");
        }

        if (note.Countermeasures.Count > 0)
        {
            parts.Add("tasks: " + string.Join("; ", note.Countermeasures.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"#{t.Task} {t.Title} ({t.Owner}, due {t.Due:yyyy-MM-dd}, {t.Status})"))));
        }

        if (note.NoCountermeasure)
        {
            parts.Add("no countermeasure");
        }

        return $"{metric.Key}: {string.Join(" | ", parts)}";
    }
}
