using BenchmarkDotNet.Attributes;
using FunnelBot.Hosting;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.Scheduling;
using FunnelBot.TelegramBot;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Benchmarks;

/// <summary>
/// The weekly digest of 2026-W48 on the large data set (200 metrics, 50 owners): the text alone (load, compute, every
/// section), and the text with its 1200x700 chart as the scheduled job queues them (target: at most 300 ms). Each is
/// timed <c>uncached</c> (the data version bumped before each call, as a write does: the input is read from LiteDB
/// again, as for the scheduled digest after a week of check-ins) and <c>cached</c> (nothing changed since the last call).
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private static readonly DateOnly Monday = BenchDataSet.ReportWeek.Sunday.AddDays(1);
    private IHost? _host;
    private DigestComposer? _composer;
    private DigestMessages? _messages;
    private IDigestChart? _chart;
    private Domain.Scorecard.ScorecardInput? _input;
    private Storage.DataVersion? _version;

    [GlobalSetup]
    public void Setup()
    {
        var data = new BenchDataSet(BenchProgram.DataFolder);
        var builder = FunnelBotHost.CreateBuilder(new ConfigurationSources(data.ConfigPath, data.DatabasePath, new System.Collections.Hashtable()), TimeProvider.System);
        builder.AddTelegramBot();
        builder.AddScheduling();
        _host = builder.Build();
        _composer = _host.Services.GetRequiredService<DigestComposer>();
        _messages = _host.Services.GetRequiredService<DigestMessages>();
        _chart = _host.Services.GetRequiredService<IDigestChart>();
        _version = _host.Services.GetRequiredService<Storage.FunnelDatabase>().Changes;
        _input = _host.Services.GetRequiredService<FunnelBot.Scorecards.ScorecardService>().LoadInput(BenchDataSet.ReportWeek);
        _ = Digest(); // the first chart in a process pays for fonts and Skia
    }

    [Benchmark(Description = "chart alone: data from an input in hand + PNG (no read)")]
    public int Chart() => _chart!.Render(DigestKind.Weekly, BenchDataSet.ReportWeek, BotTexts.Russian, _input)!.Length;

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    [Benchmark(Description = "reference: load input, uncached (read from LiteDB)")]
    public int LoadUncached()
    {
        _version!.Bump();
        return _host!.Services.GetRequiredService<FunnelBot.Scorecards.ScorecardService>().LoadInput(BenchDataSet.ReportWeek).Values.Count;
    }

    [Benchmark(Description = "weekly digest text, uncached (load + compute + sections)")]
    public int TextUncached()
    {
        _version!.Bump();
        return Text();
    }

    [Benchmark(Description = "weekly digest text, cached (input and scorecard reused)")]
    public int Text() => _composer!.Compose(DigestKind.Weekly, BenchDataSet.ReportWeek, Monday, BotTexts.Russian).Html.Length;

    [Benchmark(Description = "weekly digest with chart, uncached (text + PNG, queued form)")]
    public int DigestUncached()
    {
        _version!.Bump();
        return Digest();
    }

    [Benchmark(Description = "weekly digest with chart, cached (text + PNG, queued form)")]
    public int Digest()
    {
        var response = new BotResponse();
        _messages!.AddTo(response, DigestKind.Weekly, BenchDataSet.ReportWeek, Monday, BotTexts.Russian, -1001, null);
        return response.Messages.Sum(m => (m.Html?.Length ?? 0) + (m.File?.Length ?? 0));
    }
}
