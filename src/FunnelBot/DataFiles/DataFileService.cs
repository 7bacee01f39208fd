using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>What an import did: rows read and values or plans that changed; or why the file was refused.</summary>
public sealed record DataFileImportResult(DataFileKind Kind, int Rows, int Changed, IReadOnlyList<DataFileProblem> Problems)
{
    public bool IsRefused => Problems.Count > 0;
}

/// <summary>Imports and exports the data files against the stores; used by the command line and (later) the bot.</summary>
public sealed class DataFileService
{
    private readonly TeamConfiguration _configuration;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;

    public DataFileService(TeamConfiguration configuration, WeeklyValueStore values, PlanStore plans)
    {
        _configuration = configuration;
        _values = values;
        _plans = plans;
    }

    /// <summary>Opens a UTF-8 stream (a BOM is accepted) as text for the readers.</summary>
    public static StreamReader OpenText(Stream stream) => new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);

    public DataFileImportResult ImportActuals(TextReader reader, ChangeAuthor author)
    {
        var content = new ActualsFileReader(_configuration).Read(reader);
        return content.IsRefused
            ? new DataFileImportResult(DataFileKind.Actuals, 0, 0, content.Problems)
            : new DataFileImportResult(DataFileKind.Actuals, content.Rows.Count, _values.SetAll(content.Rows, author), []);
    }

    public DataFileImportResult ImportPlans(TextReader reader, ChangeAuthor author)
    {
        var content = new PlansFileReader(_configuration).Read(reader);
        return content.IsRefused
            ? new DataFileImportResult(DataFileKind.Plans, 0, 0, content.Problems)
            : new DataFileImportResult(DataFileKind.Plans, content.Rows.Count, _plans.SetAll(content.Rows, author), []);
    }

    public void ExportActuals(TextWriter writer) => DataFileWriters.WriteActuals(writer, _configuration, _values.All());

    public void ExportPlans(TextWriter writer) => DataFileWriters.WritePlans(writer, _configuration, _plans.All());
}
