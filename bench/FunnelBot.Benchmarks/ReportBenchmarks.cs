using BenchmarkDotNet.Attributes;
using FunnelBot.Cli;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Benchmarks;

/// <summary>
/// The report of one week on the large data set. Every path that goes through <see cref="ScorecardInputCache"/> is
/// timed twice: <c>uncached</c> bumps the data version before each call, as a write does, so the input is read from
/// LiteDB again (and the scorecard computed again); <c>cached</c> repeats the call with nothing changed, a cache hit.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private IHost? _host;
    private ScorecardService? _scorecards;
    private DataVersion? _version;
    private ScorecardInput? _input;

    [GlobalSetup]
    public void Setup()
    {
        var data = new BenchDataSet(BenchProgram.DataFolder);
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, new System.Collections.Hashtable());
        var root = new System.CommandLine.RootCommand { context.ConfigOption, context.DatabaseOption };
        _host = context.OpenHost(root.Parse(["--config", data.ConfigPath, "--db", data.DatabasePath]));
        _scorecards = _host.Services.GetRequiredService<ScorecardService>();
        _version = _host.Services.GetRequiredService<FunnelDatabase>().Changes;
        _input = _scorecards.LoadInput(BenchDataSet.ReportWeek);
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    [Benchmark(Description = "load input, uncached (read from LiteDB)")]
    public ScorecardInput LoadUncached()
    {
        _version!.Bump();
        return _scorecards!.LoadInput(BenchDataSet.ReportWeek);
    }

    [Benchmark(Description = "load input, cached (cache hit)")]
    public ScorecardInput LoadCached() => _scorecards!.LoadInput(BenchDataSet.ReportWeek);

    [Benchmark(Description = "compute scorecard (input in hand, no cache)")]
    public ScorecardReport Compute() => _scorecards!.Compute(BenchDataSet.ReportWeek, _input!);

    [Benchmark(Description = "load + compute + JSON, uncached")]
    public int ReportUncached()
    {
        _version!.Bump();
        return ScorecardJsonWriter.ToText(_scorecards!.Build(BenchDataSet.ReportWeek)).Length;
    }

    [Benchmark(Description = "load + compute + JSON, cached (report reused, JSON written)")]
    public int ReportCached() => ScorecardJsonWriter.ToText(_scorecards!.Build(BenchDataSet.ReportWeek)).Length;
}
