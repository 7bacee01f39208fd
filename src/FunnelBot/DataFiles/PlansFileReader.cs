using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads a plans file <c>metric,period,value[,note]</c> (or its Russian layout, see <see cref="DataFileLayout"/>), from
/// CSV or from a workbook; the metric's name and the period in words beside the keys are not read. A year row of an entered metric becomes its twelve month
/// plans (see <see cref="PlanRowRules"/>); of a ratio, its target. Each value is read with the one reading of a value
/// (<see cref="MetricValueReader"/>) in the file's number convention. A note of a CSV file is read back as the export wrote
/// it before the guard against spreadsheet formulas (<see cref="SpreadsheetText.Unguard"/>); a workbook's as it is. Any
/// bad row refuses the whole file.
/// </summary>
public sealed class PlansFileReader
{
    private readonly TeamConfiguration _configuration;

    public PlansFileReader(TeamConfiguration configuration)
    {
        _configuration = configuration;
    }

    public DataFileContent<PlanEntry> Read(TextReader reader) => Read(CsvRecords.Read(reader));

    public DataFileContent<PlanEntry> Read(DataFileTable table)
    {
        var problems = new List<DataFileProblem>();
        var plans = new List<PlanEntry>();
        foreach (var record in table.RecordsOf(DataFileKind.Plans, problems))
        {
            var reasons = new List<DataFileReason>();
            var rowPlans = ReadRow(table, record, reasons);
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

    private IReadOnlyList<PlanEntry> ReadRow(DataFileTable table, DataFileRecord record, List<DataFileReason> reasons)
    {
        var layout = table.Layout!;
        if (record.Fields.Count < layout.MinFields || record.Fields.Count > layout.MaxFields)
        {
            reasons.Add(DataFileReason.WrongColumnCount(layout, record.Fields.Count));
            return [];
        }

        var key = layout.Field(record.Fields, DataFileColumn.MetricKey).Trim();
        var metric = _configuration.FindMetric(key);
        if (metric is null)
        {
            reasons.Add(DataFileReason.UnknownMetric(key));
        }

        var period = layout.Field(record.Fields, DataFileColumn.Period).Trim();
        var note = table.NoteOf(record);
        var field = layout.Field(record.Fields, DataFileColumn.Value);
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
