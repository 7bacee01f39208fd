using System.Globalization;
using CsvHelper;
using FunnelBot.Domain.CheckIns;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads a CSV data file into its table. The separator is a comma, or a semicolon when the header row is written with
/// semicolons (as spreadsheet programs in Russian locales save CSV, and as the Russian export writes it); a
/// semicolon-separated file writes numbers with a decimal comma (<see cref="NumberConvention.ForFileSeparator"/>).
/// </summary>
public static class CsvRecords
{
    public static CsvWriterOptions WriterOptions { get; } = WriterOptionsFor(',');

    /// <summary>How the export writes CSV with <paramref name="separator"/>: RFC 4180 quoting, <c>\n</c> line ends, no formula guard of its own.</summary>
    public static CsvWriterOptions WriterOptionsFor(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        NewLine = "\n",
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The header and the records after it; malformed quoting is kept as a problem of its line.</summary>
    public static DataFileTable Read(TextReader text)
    {
        var content = text.ReadToEnd();
        var malformed = new List<DataFileProblem>();
        var separator = DataFileFormat.DetectFile(content)?.Separator ?? ',';
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
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
            return DataFileTable.Empty(malformed, notesGuarded: true);
        }

        var header = reader.Current.ToArray();
        var headerLine = (int)reader.LineNumber;
        var layout = DataFileLayout.Recognise(header);
        var records = new List<DataFileRecord>();
        var numbers = NumberConvention.ForFileSeparator(separator);
        while (layout is not null && reader.Read())
        {
            records.Add(new DataFileRecord((int)reader.LineNumber, reader.Current.ToArray(), numbers));
        }

        return new DataFileTable(headerLine, string.Join(separator, header), layout, records, malformed, notesGuarded: true);
    }
}
