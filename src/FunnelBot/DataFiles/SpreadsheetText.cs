using System.Buffers;

namespace FunnelBot.DataFiles;

/// <summary>
/// Free text in an exported CSV file (notes, task titles, the causes' own words, who did what) written so that a
/// spreadsheet program shows it as text and never runs it as a formula (CSV or formula injection); and read back from
/// an imported file as it was typed. Numbers, dates, periods and metric keys are not free text: they are validated on
/// import and written by the bot, so they are never guarded.
/// <para>
/// Guarded, with one leading apostrophe: text whose first character is a tab, CR or LF (OWASP's CSV injection guidance
/// names tab and CR; a line feed is treated alike), and text whose first character after any leading white space is
/// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, or their full-width forms <c>＝ ＋ － ＠</c>, which spreadsheet programs
/// with East Asian input may take for the ASCII ones. <c>|</c> and <c>%</c> (old DDE tricks) are not guarded.
/// </para>
/// <para>
/// So that reading is the exact inverse of writing, text that already starts with apostrophes followed by something that
/// would be guarded gets one more (<c>'=x</c> is written <c>''=x</c>), and <see cref="Unguard"/> removes one apostrophe
/// only from such text: <c>Unguard(Guard(t)) == t</c> for every <c>t</c>, and a hand-written <c>'=x</c> in an imported
/// file is read as <c>=x</c>, while <c>'quoted</c> stays as it is.
/// </para>
/// </summary>
public static class SpreadsheetText
{
    private const char Apostrophe = '\'';

    private static readonly SearchValues<char> LineStarts = SearchValues.Create("\t\r\n");

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\uFF1D\uFF0B\uFF0D\uFF20");

    /// <summary>The text as a CSV field: empty for null, with a leading apostrophe when a spreadsheet would run it.</summary>
    public static string Guard(string? text) =>
        string.IsNullOrEmpty(text) ? "" : NeedsGuard(text) ? Apostrophe + text : text;

    /// <summary>The text <see cref="Guard"/> was given, from a field it wrote (any other field is returned as it is).</summary>
    public static string Unguard(string field) =>
        field.Length > 1 && field[0] == Apostrophe && NeedsGuard(field.AsSpan(1)) ? field[1..] : field;

    private static bool NeedsGuard(ReadOnlySpan<char> text)
    {
        var afterApostrophes = text.TrimStart(Apostrophe);
        if (afterApostrophes.IsEmpty)
        {
            return false;
        }

        if (LineStarts.Contains(afterApostrophes[0]))
        {
            return true;
        }

        var visible = afterApostrophes.TrimStart();
        return !visible.IsEmpty && FormulaStarts.Contains(visible[0]);
    }
}
