using System.Globalization;
using CsvHelper;
using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// One record of a CSV file with the line it starts on and how the file writes numbers: in a semicolon-separated file
/// with a decimal comma and spaces between thousands, as spreadsheet programs in Russian locales write them
/// (<see cref="NumberConvention.ForFileSeparator"/>).
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, NumberConvention Numbers);

/// <summary>
/// Reads the records of an invariant-culture CSV file and checks its header row. The separator is a comma, or a
/// semicolon when the header row is written with semicolons (as spreadsheet programs in Russian locales save CSV).
/// </summary>
public static class CsvRecords
{
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>
    /// The data records after a header of kind <paramref name="expected"/>; an empty file, a wrong header or
    /// malformed quoting is added to <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<CsvRecord> Read(TextReader text, DataFileKind expected, List<DataFileProblem> problems)
    {
        var content = text.ReadToEnd();
        var malformed = new List<DataFileProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = DataFileFormat.DetectFile(content)?.Separator ?? ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FormatProvider = CultureInfo.InvariantCulture,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new DataFileProblem((int)record.LineNumber, DataFileReason.MalformedQuotes(record.Reason.ToString()))),
        };
        using var source = new StringReader(content);
        using var reader = CsvReader.Create(source, options, leaveOpen: true);
        if (!reader.Read())
        {
            problems.AddRange(malformed);
            problems.Add(new DataFileProblem(1, DataFileReason.EmptyFile(expected)));
            return [];
        }

        var header = reader.Current.ToArray();
        if (DataFileFormat.Detect(header) != expected)
        {
            problems.Add(new DataFileProblem((int)reader.LineNumber, DataFileReason.WrongHeader(expected, string.Join(options.Separator ?? ',', header))));
            return [];
        }

        var records = new List<CsvRecord>();
        var numbers = NumberConvention.ForFileSeparator(options.Separator ?? ',');
        while (reader.Read())
        {
            records.Add(new CsvRecord((int)reader.LineNumber, reader.Current.ToArray(), numbers));
        }

        problems.AddRange(malformed);
        return records;
    }
}
