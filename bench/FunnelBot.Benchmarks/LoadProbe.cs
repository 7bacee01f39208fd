using System.Diagnostics;
using System.Globalization;
using FunnelBot.Sandbox;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Benchmarks;

/// <summary>
/// What the rest of the team sees during a flood: members other than the flooder send <c>/help</c> in turn, a few a
/// second, and each time to its reply is measured end to end (sent to the emulator → the bot's reply in the chat).
/// The process's working set is sampled at the same time.
/// </summary>
public sealed class LoadProbe
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(2);
    private readonly BotApiEmulator _emulator;
    private readonly IReadOnlyList<SandboxUser> _users;
    private readonly List<double> _latencies = [];
    private long _peakWorkingSet;

    public LoadProbe(BotApiEmulator emulator, IReadOnlyList<SandboxUser> users)
    {
        _emulator = emulator;
        _users = users;
    }

    /// <summary>The working set when probing began, in bytes.</summary>
    public long StartWorkingSet { get; private set; }

    /// <summary>The largest working set seen, in bytes (the bot and the in-process emulator together).</summary>
    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    /// <summary>Probes until <paramref name="stop"/> is cancelled; one member at a time, 250 ms apart.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        using (var process = Process.GetCurrentProcess())
        {
            StartWorkingSet = process.WorkingSet64;
        }

        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var sampler = SampleMemoryAsync(sampling.Token);
        var turn = 0;
        while (!stop.IsCancellationRequested)
        {
            var user = _users[turn++ % _users.Count];
            var clock = Stopwatch.StartNew();
            var sent = await _emulator.Driver.SendTextAsync(user.Id, "/help");
            await _emulator.Driver.WaitForMessageAsync(user.Id, sent.MessageId, ReplyTimeout, CancellationToken.None);
            lock (_latencies)
            {
                _latencies.Add(clock.Elapsed.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await sampling.CancelAsync();
        await sampler;
    }

    /// <summary>"n=40 p50=120 ms p99=900 ms max=950 ms" for the replies measured.</summary>
    public string Summary()
    {
        List<double> sorted;
        lock (_latencies)
        {
            sorted = [.. _latencies.Order()];
        }

        if (sorted.Count == 0)
        {
            return "no replies measured";
        }

        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"n={sorted.Count} p50={At(0.5):F0} ms p99={At(0.99):F0} ms max={sorted[^1]:F0} ms");
    }

    public double P99()
    {
        lock (_latencies)
        {
            var sorted = _latencies.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.99 * sorted.Count) - 1)];
        }
    }

    private async Task SampleMemoryAsync(CancellationToken stop)
    {
        using var process = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            var current = process.WorkingSet64;
            if (current > Interlocked.Read(ref _peakWorkingSet))
            {
                Interlocked.Exchange(ref _peakWorkingSet, current);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
