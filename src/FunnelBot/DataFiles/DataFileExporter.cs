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
/// Writes every export file from the stores, for the command line (<c>export</c>) and the bot (<c>/export</c>): one
/// table per file in the reader's language (<see cref="FileLanguage"/>), written as CSV (with or without a UTF-8 byte
/// order mark) or as a workbook.
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
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly ChangeHistory _history;
    private readonly DeviationStore _deviations;
    private readonly WorkTaskStore _tasks;
    private readonly CauseCatalogue _causes;

    public DataFileExporter(
        TeamConfiguration configuration, WeeklyValueStore values, PlanStore plans, ChangeHistory history, DeviationStore deviations, WorkTaskStore tasks, CauseCatalogue causes)
    {
        _configuration = configuration;
        _values = values;
        _plans = plans;
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
    public string TeamLanguage => FileLanguages.Of(_configuration.Team.Locale).Code();

    /// <summary>
    /// One file's content in <paramref name="language"/> (its layout, headers and the names beside keys); cause names
    /// in <paramref name="causeLanguage"/>, the file's language when null.
    /// </summary>
    public ExportTable Table(ExportFile file, FileLanguage language, string? causeLanguage = null) => file switch
    {
        ExportFile.Actuals => DataFileTables.Actuals(_configuration, _values.All(), language),
        ExportFile.Plans => DataFileTables.Plans(_configuration, _plans.All(), language),
        ExportFile.PlanHistory => RecordFileTables.PlanHistory(_history.OfCollection(PlanStore.CollectionName), _configuration, language),
        ExportFile.Causes => RecordFileTables.Causes(_deviations.All(), _causes, _configuration, language, causeLanguage ?? language.Code()),
        _ => RecordFileTables.Tasks(_tasks.All(), _configuration, language),
    };

    /// <summary>Writes one file as CSV text in the English layout; cause names in <paramref name="language"/>.</summary>
    public void Write(ExportFile file, TextWriter writer, string language) =>
        CsvTableWriter.Write(writer, Table(file, FileLanguage.English, language), FileLanguage.English);

    /// <summary>
    /// One file in <paramref name="format"/>: CSV as UTF-8 (with a byte order mark when <paramref name="byteOrderMark"/>,
    /// for spreadsheet programs), or a workbook.
    /// </summary>
    public byte[] ToBytes(ExportFile file, ExportFormat format, FileLanguage language, bool byteOrderMark, string? causeLanguage = null)
    {
        var table = Table(file, language, causeLanguage);
        using var buffer = new MemoryStream();
        if (format == ExportFormat.Xlsx)
        {
            XlsxTableWriter.Write(buffer, table);
            return buffer.ToArray();
        }

        using (var writer = new StreamWriter(buffer, new UTF8Encoding(byteOrderMark), leaveOpen: true))
        {
            CsvTableWriter.Write(writer, table, language);
        }

        return buffer.ToArray();
    }

    /// <summary>The name of a file sent in the chat: the file, the team's day and the format's extension (<c>actuals-2026-11-28.xlsx</c>).</summary>
    public static string FileName(ExportFile file, ExportFormat format, DateOnly day) =>
        NameOf(file) + "-" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + format.Extension();
}
