using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>Reads an actuals file <c>metric,week,value</c>; any bad row refuses the whole file.</summary>
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
            var reasons = new List<string>();
            var row = ReadRow(record, reasons);
            if (reasons.Count > 0)
            {
                problems.Add(new DataFileProblem(record.Line, string.Join("; ", reasons)));
            }
            else if (row is not null)
            {
                rows.Add(row);
            }
        }

        return DataFileContent.From(rows, problems);
    }

    private WeeklyValue? ReadRow(CsvRecord record, List<string> reasons)
    {
        if (record.Fields.Count != 3)
        {
            reasons.Add(FormattableString.Invariant($"expected 3 columns ({DataFileFormat.ActualsHeader}), got {record.Fields.Count}"));
            return null;
        }

        var key = record.Fields[0].Trim();
        var metric = _configuration.FindMetric(key);
        if (metric is null)
        {
            reasons.Add($"unknown metric '{key}'");
        }
        else if (metric.IsRatio)
        {
            reasons.Add($"'{key}' is a ratio; enter its numerator and denominator instead");
        }
        else if (metric.Kind == MetricKind.Automatic)
        {
            reasons.Add($"'{key}' is counted by the bot and cannot be imported");
        }

        if (!IsoWeek.TryParse(record.Fields[1], out var week))
        {
            reasons.Add($"'{record.Fields[1]}' is not an ISO week such as 2026-W10");
        }

        if (!record.TryGetNumber(2, out var value))
        {
            reasons.Add($"'{record.Fields[2]}' is not a number (use '.' for decimals)");
        }
        else if (metric is not null && UnitRules.Check(metric.Unit, value) is { } unitProblem)
        {
            reasons.Add($"{unitProblem} ({record.Fields[2]})");
        }

        return reasons.Count == 0 && metric is not null ? new WeeklyValue(metric.Key, week, value) : null;
    }
}
