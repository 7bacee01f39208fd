using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FunnelBot.Cli;

namespace FunnelBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/FunnelBot.Benchmarks -- report</c>: generates the data set (once) under
/// <c>artifacts/bench</c>, times loading and computing with BenchmarkDotNet (short in-process job), then runs
/// <c>report --json</c> once in a fresh process and reports its peak working set (uncached by nature: nothing is warm).
/// Other verbs: <c>generate</c> (rebuild the data set), <c>peak</c> (only the memory figure), <c>digest</c> (the weekly
/// digest with its chart), <c>bot</c>, <c>http</c> (the push API's batches, webhook against polling), <c>load</c>, <c>fanout</c> (the Friday prompt to 100, 500 and 1 000 members).
/// </summary>
public static class BenchProgram
{
    public const long PeakTargetBytes = 120L * 1024 * 1024;

    public static string DataFolder => Path.GetFullPath(Path.Combine("artifacts", "bench"));

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "report";
        var data = new BenchDataSet(DataFolder);
        switch (verb)
        {
            case "generate":
                Generate(data);
                return 0;
            case "report":
                if (!data.Exists)
                {
                    Generate(data);
                }

                BenchmarkRunner.Run<ReportBenchmarks>(Config());
                return await MeasurePeakAsync(data);
            case "peak":
                return await MeasurePeakAsync(data);
            case "bot":
                if (!data.Exists)
                {
                    Generate(data);
                }

                return await BotBenchmark.RunAsync(data);
            case "http":
                if (!data.Exists)
                {
                    Generate(data);
                }

                return await HttpBenchmark.RunAsync(data);
            case "digest":
                if (!data.Exists)
                {
                    Generate(data);
                }

                BenchmarkRunner.Run<DigestBenchmarks>(Config());
                return 0;
            case "load":
                if (!data.Exists)
                {
                    Generate(data);
                }

                return await LoadBenchmark.RunAsync(args);
            case "fanout":
                if (!data.Exists)
                {
                    Generate(data);
                }

                return await FanoutBenchmark.RunAsync(data, args);
            case "load-one":
                return await LoadBenchmark.RunOneAsync(data, args);
            case "report-once":
                return await ReportOnceAsync(data);
            default:
                await Console.Error.WriteLineAsync("usage: -- report | bot | http | digest | load [--outage-seconds 180] | fanout [--members 100,500,1000] | generate | peak");
                return 2;
        }
    }

    private static void Generate(BenchDataSet data)
    {
        var clock = Stopwatch.StartNew();
        var (values, plans) = data.Generate();
        Console.WriteLine(FormattableString.Invariant($"generated {values} weekly values and {plans} plans in {clock.Elapsed.TotalSeconds:F1} s into {data.Folder}"));
    }

    private static ManualConfig Config() =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    /// <summary>Runs this program again as a fresh process that runs <c>report --json</c> once and prints its peak working set.</summary>
    private static async Task<int> MeasurePeakAsync(BenchDataSet data)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchProgram).Assembly.Location);
        }

        start.ArgumentList.Add("report-once");
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Console.WriteLine(output.TrimEnd());
        var peakLine = output.Split('\n').Last(line => line.StartsWith("peak working set:", StringComparison.Ordinal));
        var peak = long.Parse(peakLine.Split(' ')[3], CultureInfo.InvariantCulture);
        Console.WriteLine(peak <= PeakTargetBytes ? "peak within the 120 MB target" : "peak ABOVE the 120 MB target");
        return child.ExitCode;
    }

    /// <summary>In the fresh child: <c>report --json</c> for the report week through the real CLI, then the process's peak.</summary>
    private static async Task<int> ReportOnceAsync(BenchDataSet data)
    {
        using var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var code = await FunnelBotCli.RunAsync(
            ["report", "--json", "--week", BenchDataSet.ReportWeek.ToString(), "--config", data.ConfigPath, "--db", data.DatabasePath],
            output, Console.Error, TimeProvider.System);
        var elapsed = clock.Elapsed;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(FormattableString.Invariant($"report --json: exit {code}, {output.GetStringBuilder().Length} characters, {elapsed.TotalMilliseconds:F0} ms, uncached: fresh process, cold (host, config, LiteDB open, load, compute, JSON)"));
        Console.WriteLine(FormattableString.Invariant($"peak working set: {self.PeakWorkingSet64} bytes ({self.PeakWorkingSet64 / 1024.0 / 1024.0:F1} MiB)"));
        return code;
    }
}
