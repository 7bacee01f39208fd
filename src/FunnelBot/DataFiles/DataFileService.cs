using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Scorecards;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>What an import did: rows read, values or plans that changed and that were stored already; or why the file was refused.</summary>
public sealed record DataFileImportResult(DataFileKind Kind, int Rows, int Changed, IReadOnlyList<DataFileProblem> Problems)
{
    public bool IsRefused => Problems.Count > 0;

    /// <summary>Values or plans the file gives as they were stored: nothing was written for them, not even history.</summary>
    public int Unchanged { get; init; }

    /// <summary>The funnel rules the stored values break (<see cref="DataFileImport.FunnelBreaks"/>): warnings, the values are stored.</summary>
    public IReadOnlyList<FunnelOutcome> FunnelBreaks { get; init; } = [];
}

/// <summary>
/// Imports and exports the data files against the stores; the one path of the command line and of the bot.
/// Reading (<see cref="Prepare(DataFileKind, DataFileTable)"/>) and storing (<see cref="DataFileImport.Store"/>) are separate steps, so that the bot
/// can store within the transaction of the update that brought the file.
/// </summary>
public sealed class DataFileService
{
    private readonly TeamConfiguration _configuration;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly FunnelPlausibility _funnel;

    public DataFileService(TeamConfiguration configuration, WeeklyValueStore values, PlanStore plans, FunnelPlausibility funnel)
    {
        _funnel = funnel;
        _configuration = configuration;
        _values = values;
        _plans = plans;
    }

    /// <summary>Opens a UTF-8 stream (a BOM is accepted) as text for the readers.</summary>
    public static StreamReader OpenText(Stream stream) => new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);

    /// <summary>Reads and checks a CSV file of <paramref name="kind"/>; nothing is stored yet.</summary>
    public DataFileImport Prepare(DataFileKind kind, TextReader reader) => Prepare(kind, CsvRecords.Read(reader));

    /// <summary>Checks the rows of a CSV file or a workbook as a file of <paramref name="kind"/>; nothing is stored yet.</summary>
    public DataFileImport Prepare(DataFileKind kind, DataFileTable table)
    {
        if (kind == DataFileKind.Actuals)
        {
            var content = new ActualsFileReader(_configuration).Read(table);
            var rows = content.Rows;
            var breaks = content.Problems.Count == 0 ? _funnel.BrokenByRows(rows) : [];
            return new DataFileImport(kind, rows.Count, ImportChanges.OfValues(_values, rows), content.Problems, author => _values.SetAll(rows, author), breaks);
        }

        var plans = new PlansFileReader(_configuration).Read(table);
        var entries = plans.Rows;
        return new DataFileImport(kind, entries.Count, ImportChanges.OfPlans(_plans, entries), plans.Problems, author => _plans.SetAll(entries, author));
    }

    /// <summary>Reads, checks and (when no row is bad) stores a file in one transaction (the stores' SetAll): all rows or none.</summary>
    public DataFileImportResult Import(DataFileKind kind, TextReader reader, ChangeAuthor author) => Import(kind, CsvRecords.Read(reader), author);

    /// <summary>As <see cref="Import(DataFileKind, TextReader, ChangeAuthor)"/>, for rows already read (a workbook's).</summary>
    public DataFileImportResult Import(DataFileKind kind, DataFileTable table, ChangeAuthor author)
    {
        var import = Prepare(kind, table);
        var changed = import.IsRefused ? 0 : import.Store(author);
        return import.ToResult(changed);
    }

    public DataFileImportResult ImportActuals(TextReader reader, ChangeAuthor author) => Import(DataFileKind.Actuals, reader, author);

    public DataFileImportResult ImportPlans(TextReader reader, ChangeAuthor author) => Import(DataFileKind.Plans, reader, author);
}
