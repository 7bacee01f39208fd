using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads an actuals file <c>metric,week,value</c>; each value with the one reading of a value (<see cref="MetricValueReader"/>)
/// in the file's number convention. Any bad row refuses the whole file.
/// </summary>
public sealed class ActualsFileReader
{
    private readonly TeamConfiguration _configuration;

    public ActualsFileReader(TeamConfiguration configuration)
    {
        _configuration = configuration;
    }

    public DataFileContent<WeeklyValue> Read(TextReader reader)
    {
        var problems = new List<DataFileProblem>();
        var rows = new List<WeeklyValue>();
        foreach (var record in CsvRecords.Read(reader, DataFileKind.Actuals, problems))
        {
            var reasons = new List<DataFileReason>();
            var row = ReadRow(record, reasons);
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

    private WeeklyValue? ReadRow(CsvRecord record, List<DataFileReason> reasons)
    {
        if (record.Fields.Count != 3)
        {
            reasons.Add(DataFileReason.WrongColumnCount(DataFileKind.Actuals, record.Fields.Count));
            return null;
        }

        var key = record.Fields[0].Trim();
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

        if (!IsoWeek.TryParse(record.Fields[1], out var week))
        {
            reasons.Add(DataFileReason.NotAWeek(record.Fields[1]));
        }

        var field = record.Fields[2];
        var value = metric is null ? MetricValueReader.ReadNumber(field, record.Numbers) : MetricValueReader.ReadValue(field, metric.Unit, record.Numbers);
        if (value.Refusal is { } refusal)
        {
            reasons.Add(DataFileReason.BadValue(field, refusal, metric, record.Numbers));
        }

        return reasons.Count == 0 && metric is not null ? new WeeklyValue(metric.Key, week, value.Value) : null;
    }
}
