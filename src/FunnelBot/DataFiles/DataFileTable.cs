using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// One row of a data file with the line it is on (the sheet's row number in a workbook) and how the file writes
/// numbers: a comma-separated file and an English workbook with a decimal point, a semicolon-separated file and a
/// Russian workbook with a decimal comma (<see cref="NumberConvention"/>).
/// </summary>
public sealed record DataFileRecord(int Line, IReadOnlyList<string> Fields, NumberConvention Numbers);

/// <summary>
/// A data file's rows as read from a CSV file or a workbook, before any row is checked: its header's layout (null when
/// the file is empty or its header is no data file's) and its rows, or what kept them from being read.
/// </summary>
public sealed class DataFileTable
{
    public DataFileTable(int headerLine, string header, DataFileLayout? layout, IReadOnlyList<DataFileRecord> records, IReadOnlyList<DataFileProblem> problems, bool notesGuarded)
    {
        HeaderLine = headerLine;
        Header = header;
        Layout = layout;
        Records = records;
        Problems = problems;
        NotesGuarded = notesGuarded;
    }

    /// <summary>The line of the header row; 0 when the file has none.</summary>
    public int HeaderLine { get; }

    /// <summary>The header row as the file has it, for a refusal.</summary>
    public string Header { get; }

    public DataFileLayout? Layout { get; }

    public IReadOnlyList<DataFileRecord> Records { get; }

    /// <summary>Rows that could not be read at all (broken quotes), each with its line.</summary>
    public IReadOnlyList<DataFileProblem> Problems { get; }

    /// <summary>
    /// Whether notes were written with <see cref="SpreadsheetText.Guard"/> (a CSV file, which a spreadsheet would run);
    /// a workbook's text cells are never run, so it writes and reads them as typed.
    /// </summary>
    public bool NotesGuarded { get; }

    /// <summary>A file without a header row.</summary>
    public static DataFileTable Empty(IReadOnlyList<DataFileProblem> problems, bool notesGuarded) => new(0, "", null, [], problems, notesGuarded);

    /// <summary>
    /// The rows of a file that should be of <paramref name="expected"/>; an empty file or another header adds its
    /// problem to <paramref name="problems"/> and gives no rows.
    /// </summary>
    public IReadOnlyList<DataFileRecord> RecordsOf(DataFileKind expected, List<DataFileProblem> problems)
    {
        if (HeaderLine == 0)
        {
            problems.AddRange(Problems);
            problems.Add(new DataFileProblem(1, DataFileReason.EmptyFile(expected)));
            return [];
        }

        if (Layout?.Kind != expected)
        {
            problems.Add(new DataFileProblem(HeaderLine, DataFileReason.WrongHeader(expected, Header)));
            return [];
        }

        problems.AddRange(Problems);
        return Records;
    }

    /// <summary>A note as it was typed: the guard of a CSV export taken off.</summary>
    public string? NoteOf(DataFileRecord record)
    {
        var field = Layout!.Field(record.Fields, DataFileColumn.Note);
        return string.IsNullOrWhiteSpace(field) ? null : NotesGuarded ? SpreadsheetText.Unguard(field) : field;
    }
}
