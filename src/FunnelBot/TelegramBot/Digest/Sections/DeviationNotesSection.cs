using System.Text;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The causes given for the period's deviations and the countermeasures set (data from <see cref="IDeviationNotes"/>);
/// metrics with the same cause and the same tasks share a line, so that one task is listed once.
/// </summary>
public sealed class DeviationNotesSection : IDigestSection
{
    private readonly IDeviationNotes _notes;
    private readonly DigestNames _names;

    public DeviationNotesSection(IDeviationNotes notes, DigestNames names)
    {
        _notes = notes;
        _names = names;
    }

    public int Order => 400;

    public string? Render(DigestContext context)
    {
        var notes = _notes.For(context.Weeks);
        if (notes.Count == 0)
        {
            return null;
        }

        var culture = context.Culture;
        var text = new StringBuilder(BotTexts.Html("digest.notes_header", culture));

        // Metrics with the same cause and the same countermeasures (one task for two metrics) share one line.
        foreach (var group in notes.GroupBy(note => (note.Cause, Tasks: string.Join('|', note.Countermeasures.Select(c => c.Title + "\u0001" + c.OwnerKey + "\u0001" + c.Due.DayNumber)))))
        {
            var note = group.First();
            var metrics = string.Join(", ", group.Select(n => _names.MetricKey(n.MetricKey, culture)).Distinct(StringComparer.Ordinal));
            text.Append('\n').Append(note.Cause.Length > 0
                ? BotTexts.Html("digest.note_line", culture, metrics, note.Cause)
                : BotTexts.Html("digest.note_line_no_cause", culture, metrics));
            foreach (var countermeasure in note.Countermeasures)
            {
                text.Append(BotTexts.Html(
                    "digest.note_countermeasure", culture, countermeasure.Title, _names.Member(countermeasure.OwnerKey), Dates.Day(countermeasure.Due, culture)));
            }
        }

        return text.ToString();
    }
}
