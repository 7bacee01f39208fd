using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads an actuals file <c>metric,week,value</c> (or its Russian layout, see <see cref="DataFileLayout"/>), from CSV
/// or from a workbook; each value with the one reading of a value (<see cref="MetricValueReader"/>) in the file's number
/// convention. The metric's name and the week's dates beside the keys are not read. Any bad row refuses the whole file.
/// </summary>
public sealed class ActualsFileReader
{
    private readonly TeamConfiguration _configuration;

    public ActualsFileReader(TeamConfiguration configuration)
    {
        _configuration = configuration;
    }

    public DataFileContent<WeeklyValue> Read(TextReader reader) => Read(CsvRecords.Read(reader));

    public DataFileContent<WeeklyValue> Read(DataFileTable table)
    {
        var problems = new List<DataFileProblem>();
        var rows = new List<WeeklyValue>();
        foreach (var record in table.RecordsOf(DataFileKind.Actuals, problems))
        {
            var reasons = new List<DataFileReason>();
            var row = ReadRow(table.Layout!, record, reasons);
            if (reasons.Count > 0)
            {
                problems.Add(new DataFileProblem(record.Line, reasons));
            }
            else if (row is not null)
            {
                rows.Add(row);
            }
        }

        return DataFileContent.From(rows, problems);
    }

    private WeeklyValue? ReadRow(DataFileLayout layout, DataFileRecord record, List<DataFileReason> reasons)
    {
        if (record.Fields.Count < layout.MinFields || record.Fields.Count > layout.MaxFields)
        {
            reasons.Add(DataFileReason.WrongColumnCount(layout, record.Fields.Count));
            return null;
        }

        var key = layout.Field(record.Fields, DataFileColumn.MetricKey).Trim();
        var metric = _configuration.FindMetric(key);
        if (metric is null)
        {
            reasons.Add(DataFileReason.UnknownMetric(key));
        }
        else if (metric.IsRatio)
        {
            reasons.Add(DataFileReason.RatioNotEntered(key));
        }
        else if (metric.Kind == MetricKind.Automatic)
        {
            reasons.Add(DataFileReason.CountedByTheBot(key));
        }

        var weekField = layout.Field(record.Fields, DataFileColumn.Week);
        if (!IsoWeek.TryParse(weekField, out var week))
        {
            reasons.Add(DataFileReason.NotAWeek(weekField));
        }

        var field = layout.Field(record.Fields, DataFileColumn.Value);
        var value = metric is null ? MetricValueReader.ReadNumber(field, record.Numbers) : MetricValueReader.ReadValue(field, metric.Unit, record.Numbers);
        if (value.Refusal is { } refusal)
        {
            reasons.Add(DataFileReason.BadValue(field, refusal, metric, record.Numbers));
        }

        return reasons.Count == 0 && metric is not null ? new WeeklyValue(metric.Key, week, value.Value) : null;
    }
}
