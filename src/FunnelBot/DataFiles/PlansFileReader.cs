using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.DataFiles;

/// <summary>
/// Reads a plans file <c>metric,period,value[,note]</c>. A year row of an entered metric becomes its twelve month
/// plans (<see cref="PlanSpread"/>); of a ratio, its target. Any bad row refuses the whole file.
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
            var reasons = new List<string>();
            var rowPlans = ReadRow(record, reasons);
            if (reasons.Count > 0)
            {
                problems.Add(new DataFileProblem(record.Line, string.Join("; ", reasons)));
            }
            else
            {
                plans.AddRange(rowPlans);
            }
        }

        return DataFileContent.From(plans, problems);
    }

    private IReadOnlyList<PlanEntry> ReadRow(CsvRecord record, List<string> reasons)
    {
        if (record.Fields.Count is not (3 or 4))
        {
            reasons.Add(FormattableString.Invariant($"expected 3 or 4 columns ({DataFileFormat.PlansHeader}), got {record.Fields.Count}"));
            return [];
        }

        var key = record.Fields[0].Trim();
        var metric = _configuration.FindMetric(key);
        if (metric is null)
        {
            reasons.Add($"unknown metric '{key}'");
        }

        var period = record.Fields[1].Trim();
        var note = record.Fields.Count == 4 && !string.IsNullOrWhiteSpace(record.Fields[3]) ? record.Fields[3] : null;
        var hasValue = record.TryGetNumber(2, out var value);
        if (!hasValue)
        {
            reasons.Add($"'{record.Fields[2]}' is not a number (use '.' for decimals)");
        }

        if (metric is null)
        {
            CheckPeriodShape(period, reasons);
            return [];
        }

        var plans = metric.IsRatio ? RatioRow(metric, period, value, reasons) : EnteredRow(metric, period, value, note, reasons);
        if (hasValue && !metric.IsRatio && UnitRules.Check(metric.Unit, value) is { } unitProblem)
        {
            reasons.Add($"{unitProblem} ({record.Fields[2]})");
        }

        return reasons.Count == 0 ? plans : [];
    }

    private static IReadOnlyList<PlanEntry> EnteredRow(
        MetricDefinition metric, string period, decimal value, string? note, List<string> reasons)
    {
        if (YearMonth.TryParse(period, out var month))
        {
            return [PlanEntry.ForMonth(metric.Key, month, value)];
        }

        if (IsoWeek.TryParse(period, out var week))
        {
            return [PlanEntry.ForWeek(metric.Key, week, value, note)];
        }

        if (TryParseYear(period, out var year))
        {
            return [.. PlanSpread.YearToMonths(year, value).Select(share => PlanEntry.ForMonth(metric.Key, share.Month, share.Plan))];
        }

        reasons.Add(BadPeriod(period));
        return [];
    }

    private static IReadOnlyList<PlanEntry> RatioRow(MetricDefinition metric, string period, decimal value, List<string> reasons)
    {
        if (!TryParseYear(period, out var year))
        {
            reasons.Add(YearMonth.TryParse(period, out _) || IsoWeek.TryParse(period, out _)
                ? $"'{metric.Key}' is a ratio: its plan is a target per year, e.g. {metric.Key},2026,0.40"
                : BadPeriod(period));
            return [];
        }

        if (UnitRules.CheckRatioTarget(metric.Unit, value) is { } targetProblem)
        {
            reasons.Add(targetProblem);
        }

        return [PlanEntry.ForRatioTarget(metric.Key, year, value)];
    }

    private static void CheckPeriodShape(string period, List<string> reasons)
    {
        if (!YearMonth.TryParse(period, out _) && !IsoWeek.TryParse(period, out _) && !TryParseYear(period, out _))
        {
            reasons.Add(BadPeriod(period));
        }
    }

    private static bool TryParseYear(string text, out int year)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9998)
        {
            return true;
        }

        year = 0;
        return false;
    }

    private static string BadPeriod(string period) =>
        $"'{period}' is not a period: a month (2026-03), an ISO week (2026-W10) or a year (2026)";
}
