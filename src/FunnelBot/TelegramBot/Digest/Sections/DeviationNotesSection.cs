using System.Text;
using FunnelBot.TelegramBot.Digest.Sources;
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
            var line = BotTexts.Html("digest.note_line", culture, _names.MetricKey(note.MetricKey, culture), note.Cause);
            if (note.Countermeasure is { } countermeasure)
            {
                var owner = note.TaskOwnerKey is { } key ? _names.Member(key) : TelegramBot.Rendering.MetricValueText.Dash;
                var due = note.Due is { } date ? TelegramBot.Rendering.Dates.DayAndMonth(date, culture) : TelegramBot.Rendering.MetricValueText.Dash;
                line += BotTexts.Html("digest.note_countermeasure", culture, countermeasure, owner, due);
            }

            text.Append('\n').Append(line);
        }

        return text.ToString();
    }
}
