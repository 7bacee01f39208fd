using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>The files that can be exported: the two data files (importable as they are) and three record files.</summary>
public enum ExportFile
{
    Actuals,
    Plans,
    PlanHistory,
    Causes,
    Tasks,
}

/// <summary>
/// Writes every export file from the stores, for the command line (<c>export</c>) and the bot (<c>/export</c>): the
/// same writers, with or without a UTF-8 byte order mark.
/// </summary>
public sealed class DataFileExporter
{
    private static readonly Dictionary<ExportFile, string> Names = new()
    {
        [ExportFile.Actuals] = "actuals",
        [ExportFile.Plans] = "plans",
        [ExportFile.PlanHistory] = "plan-history",
        [ExportFile.Causes] = "causes",
        [ExportFile.Tasks] = "tasks",
    };

    private readonly TeamConfiguration _configuration;
    private readonly DataFileService _dataFiles;
    private readonly ChangeHistory _history;
    private readonly DeviationStore _deviations;
    private readonly WorkTaskStore _tasks;
    private readonly CauseCatalogue _causes;

    public DataFileExporter(
        TeamConfiguration configuration, DataFileService dataFiles, ChangeHistory history, DeviationStore deviations, WorkTaskStore tasks, CauseCatalogue causes)
    {
        _configuration = configuration;
        _dataFiles = dataFiles;
        _history = history;
        _deviations = deviations;
        _tasks = tasks;
        _causes = causes;
    }

    /// <summary>Every export file, in the order they are sent.</summary>
    public static IReadOnlyList<ExportFile> All { get; } = Enum.GetValues<ExportFile>();

    /// <summary>The file's name without date or extension, as typed after <c>export</c>: e.g. <c>plan-history</c>.</summary>
    public static string NameOf(ExportFile file) => Names[file];

    public static bool TryParse(string name, out ExportFile file)
    {
        foreach (var (candidate, text) in Names)
        {
            if (string.Equals(text, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                file = candidate;
                return true;
            }
        }

        file = default;
        return false;
    }

    /// <summary>The team's language (<c>ru</c> or <c>en</c>), for cause names when no one's language is known.</summary>
    public string TeamLanguage => _configuration.Team.Locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "ru" : "en";

    /// <summary>Writes one file as CSV text; cause names in <paramref name="language"/>.</summary>
    public void Write(ExportFile file, TextWriter writer, string language)
    {
        switch (file)
        {
            case ExportFile.Actuals:
                _dataFiles.ExportActuals(writer);
                break;
            case ExportFile.Plans:
                _dataFiles.ExportPlans(writer);
                break;
            case ExportFile.PlanHistory:
                RecordFileWriters.WritePlanHistory(writer, _history.OfCollection(PlanStore.CollectionName));
                break;
            case ExportFile.Causes:
                RecordFileWriters.WriteCauses(writer, _deviations.All(), _causes, language);
                break;
            default:
                RecordFileWriters.WriteTasks(writer, _tasks.All());
                break;
        }
    }

    /// <summary>One file as UTF-8 bytes, with a byte order mark when <paramref name="byteOrderMark"/> (for spreadsheet programs).</summary>
    public byte[] ToBytes(ExportFile file, string language, bool byteOrderMark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(byteOrderMark), leaveOpen: true))
        {
            Write(file, writer, language);
        }

        return buffer.ToArray();
    }
}
