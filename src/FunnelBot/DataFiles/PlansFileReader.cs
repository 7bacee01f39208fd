using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads a plans file <c>metric,period,value[,note]</c>. A year row of an entered metric becomes its twelve month
/// plans (see <see cref="PlanRowRules"/>); of a ratio, its target. Each value is read with the one reading of a value
/// (<see cref="MetricValueReader"/>) in the file's number convention. A note is read back as the export wrote it before the
/// guard against spreadsheet formulas (<see cref="SpreadsheetText.Unguard"/>). Any bad row refuses the whole file.
/// </summary>
public sealed class PlansFileReader
{
    private readonly TeamConfiguration _configuration;

    public PlansFileReader(TeamConfiguration configuration)
    {
        _configuration = configuration;
    }

    public DataFileContent<PlanEntry> Read(TextReader reader)
    {
        var problems = new List<DataFileProblem>();
        var plans = new List<PlanEntry>();
        foreach (var record in CsvRecords.Read(reader, DataFileKind.Plans, problems))
        {
            var reasons = new List<DataFileReason>();
            var rowPlans = ReadRow(record, reasons);
            if (reasons.Count > 0)
            {
                problems.Add(new DataFileProblem(record.Line, reasons));
            }
            else
            {
                plans.AddRange(rowPlans);
            }
        }

        return DataFileContent.From(plans, problems);
    }

    private IReadOnlyList<PlanEntry> ReadRow(CsvRecord record, List<DataFileReason> reasons)
    {
        if (record.Fields.Count is not (3 or 4))
        {
            reasons.Add(DataFileReason.WrongColumnCount(DataFileKind.Plans, record.Fields.Count));
            return [];
        }

        var key = record.Fields[0].Trim();
        var metric = _configuration.FindMetric(key);
        if (metric is null)
        {
            reasons.Add(DataFileReason.UnknownMetric(key));
        }

        var period = record.Fields[1].Trim();
        var note = record.Fields.Count == 4 && !string.IsNullOrWhiteSpace(record.Fields[3]) ? SpreadsheetText.Unguard(record.Fields[3]) : null;
        var field = record.Fields[2];
        var value = metric is null ? MetricValueReader.ReadNumber(field, record.Numbers) : MetricValueReader.Read(field, metric, record.Numbers);
        if (value.Refusal is { } refusal)
        {
            reasons.Add(DataFileReason.BadValue(field, refusal, metric, record.Numbers));
        }

        if (metric is null)
        {
            CheckPeriodShape(period, reasons);
            return [];
        }

        var row = PlanRowRules.Read(metric, period, value.Value, note);
        if (row.PeriodProblem is { } periodProblem)
        {
            reasons.Add(periodProblem == PlanPeriodProblem.RatioTargetPerYear
                ? DataFileReason.RatioTargetPerYear(metric.Key)
                : DataFileReason.NotAPeriod(period));
        }

        return reasons.Count == 0 ? row.Entries : [];
    }

    private static void CheckPeriodShape(string period, List<DataFileReason> reasons)
    {
        if (!PlanRowRules.IsPeriod(period))
        {
            reasons.Add(DataFileReason.NotAPeriod(period));
        }
    }
}
