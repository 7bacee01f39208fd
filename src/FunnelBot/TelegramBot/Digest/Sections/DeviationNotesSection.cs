using System.Text;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>The causes given for the period's deviations and the countermeasures set (data from <see cref="IDeviationNotes"/>).</summary>
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
        foreach (var note in notes)
        {
            var metric = _names.MetricKey(note.MetricKey, culture);
            text.Append('\n').Append(note.Cause.Length > 0
                ? BotTexts.Html("digest.note_line", culture, metric, note.Cause)
                : BotTexts.Html("digest.note_line_no_cause", culture, metric));
            foreach (var countermeasure in note.Countermeasures)
            {
                text.Append(BotTexts.Html(
                    "digest.note_countermeasure", culture, countermeasure.Title, _names.Member(countermeasure.OwnerKey), Dates.DayAndMonth(countermeasure.Due, culture)));
            }
        }

        return text.ToString();
    }
}
