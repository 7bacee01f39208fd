using BenchmarkDotNet.Attributes;
using FunnelBot.Cli;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Benchmarks;

/// <summary>The report of one week on the large data set: loading from LiteDB, computing, and both with the JSON.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private IHost? _host;
    private ScorecardService? _scorecards;
    private ScorecardInput? _input;

    [GlobalSetup]
    public void Setup()
    {
        var data = new BenchDataSet(BenchProgram.DataFolder);
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, new System.Collections.Hashtable());
        var root = new System.CommandLine.RootCommand { context.ConfigOption, context.DatabaseOption };
        _host = context.OpenHost(root.Parse(["--config", data.ConfigPath, "--db", data.DatabasePath]));
        _scorecards = _host.Services.GetRequiredService<ScorecardService>();
        _input = _scorecards.LoadInput(BenchDataSet.ReportWeek);
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    [Benchmark(Description = "load input from LiteDB")]
    public ScorecardInput Load() => _scorecards!.LoadInput(BenchDataSet.ReportWeek);

    [Benchmark(Description = "compute scorecard")]
    public ScorecardReport Compute() => _scorecards!.Compute(BenchDataSet.ReportWeek, _input!);

    [Benchmark(Description = "load + compute + JSON")]
    public int Report() => ScorecardJsonWriter.ToText(_scorecards!.Build(BenchDataSet.ReportWeek)).Length;
}
