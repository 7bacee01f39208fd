using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Benchmarks;

/// <summary>
/// A large team made by code with a fixed seed: 50 owners, 200 metrics (190 entered, 10 ratios), weekly values from
/// 2021-W01 to 2026-W48 and monthly plans for 2021..2026 (ratio targets per year), in a LiteDB file with its config.
/// </summary>
public sealed class BenchDataSet
{
    public const int Owners = 50;
    public const int EnteredMetrics = 190;
    public const int RatioMetrics = 10;
    public const int Seed = 20261128;
    public static readonly IsoWeek FirstWeek = new(2021, 1);
    public static readonly IsoWeek ReportWeek = new(2026, 48);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BenchDataSet(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public string ConfigPath => Path.Combine(Folder, "funnelbot.json");

    public string DatabasePath => Path.Combine(Folder, "funnelbot.db");

    private string DonePath => Path.Combine(Folder, "generated.txt");

    public bool Exists => File.Exists(DonePath);

    /// <summary>Writes the config and the database (replacing what is there); returns the number of values and plans.</summary>
    public (int Values, int Plans) Generate()
    {
        Directory.CreateDirectory(Folder);
        File.Delete(DatabasePath);
        File.Delete(DonePath);
        var random = new Random(Seed);
        var metrics = Metrics();
        WriteConfig(metrics);
        using var database = new FunnelDatabase(DatabasePath, null);
        var history = new ChangeHistory(database, TimeProvider.System);
        var values = new WeeklyValueStore(database, history).SetAll(Values(metrics, random), ChangeAuthor.CliImport);
        var plans = new PlanStore(database, history).SetAll(Plans(metrics, random), ChangeAuthor.CliImport);
        File.WriteAllText(DonePath, FormattableString.Invariant($"{values} values, {plans} plans, seed {Seed}\n"));
        return (values, plans);
    }

    private static List<MetricOptions> Metrics()
    {
        var metrics = new List<MetricOptions>();
        var units = new[] { "count", "count", "count", "money", "percent" };
        var directions = new[] { "higher", "higher", "higher", "lower", "target" };
        for (var i = 0; i < EnteredMetrics; i++)
        {
            metrics.Add(Metric(FormattableString.Invariant($"m{i:D3}"), units[i % units.Length], directions[i % directions.Length], i, "entered"));
        }

        for (var i = 0; i < RatioMetrics; i++)
        {
            var ratio = Metric(FormattableString.Invariant($"r{i:D3}"), "percent", "higher", i, "ratio");
            ratio.Numerator = FormattableString.Invariant($"m{(i * 5):D3}");
            ratio.Denominator = FormattableString.Invariant($"m{(i * 5) + 1:D3}");
            metrics.Add(ratio);
        }

        return metrics;
    }

    private static MetricOptions Metric(string key, string unit, string direction, int index, string kind) => new()
    {
        Key = key,
        Names = new MetricNamesOptions { Ru = "Метрика " + key, En = "Metric " + key },
        Stage = Enum.GetValues<FunnelStage>()[index % 7].ToString(),
        Channel = Enum.GetValues<FunnelChannel>()[index % 5].ToString(),
        Unit = unit,
        Direction = direction,
        Owner = FormattableString.Invariant($"owner{index % Owners:D2}"),
        Kind = kind,
    };

    private void WriteConfig(List<MetricOptions> metrics)
    {
        var members = Enumerable.Range(0, Owners).Select(i => new MemberOptions
        {
            Key = FormattableString.Invariant($"owner{i:D2}"),
            DisplayName = FormattableString.Invariant($"Owner {i}"),
            Username = FormattableString.Invariant($"owner_{i:D2}"),
            Role = i == 0 ? "manager" : "member",
        });
        var config = new
        {
            Team = new TeamOptions { Name = "Benchmark team", TimeZone = "Europe/Moscow", Locale = "en", HeadlineMetrics = ["m000"] },
            Members = members,
            Metrics = metrics,
            Schedule = new ScheduleOptions
            {
                Jobs = new(StringComparer.OrdinalIgnoreCase)
                {
                    ["CheckInPrompt"] = new CronOptions { Cron = "0 0 15 ? * FRI" },
                    ["Reminder"] = new CronOptions { Cron = "0 0 10 ? * MON" },
                    ["WeeklyDigest"] = new CronOptions { Cron = "0 0 11 ? * MON" },
                    ["MonthlyResults"] = new CronOptions { Cron = "0 0 11 1W * ?" },
                    ["OverdueAlert"] = new CronOptions { Cron = "0 0 10 ? * MON-FRI" },
                },
            },
            Storage = new StorageOptions { Path = DatabasePath },
        };
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(config, JsonOptions));
    }

    private static IEnumerable<WeeklyValue> Values(List<MetricOptions> metrics, Random random)
    {
        foreach (var metric in metrics.Where(m => m.Kind == "entered"))
        {
            for (var week = FirstWeek; week <= ReportWeek; week = week.Next)
            {
                yield return new WeeklyValue(metric.Key, week, Value(metric.Unit, random));
            }
        }
    }

    private static IEnumerable<PlanEntry> Plans(List<MetricOptions> metrics, Random random)
    {
        foreach (var metric in metrics)
        {
            for (var year = FirstWeek.Year; year <= ReportWeek.Year; year++)
            {
                if (metric.Kind == "ratio")
                {
                    yield return PlanEntry.ForRatioTarget(metric.Key, year, Math.Round((decimal)random.NextDouble(), 2));
                    continue;
                }

                foreach (var month in YearMonth.AllOf(year))
                {
                    yield return PlanEntry.ForMonth(metric.Key, month, Value(metric.Unit, random) * month.WeekCount);
                }
            }
        }
    }

    private static decimal Value(string unit, Random random) => unit switch
    {
        "money" => Math.Round((decimal)(random.NextDouble() * 100_000), 2),
        "percent" => Math.Round((decimal)(random.NextDouble() * 100), 1),
        _ => random.Next(0, 500),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Folder}");
}
