using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.Benchmarks;

/// <summary>
/// The bot's own update handling times (<see cref="UpdateProcessor.DurationInstrument"/>) collected by kind
/// (<c>command:status</c>, <c>text</c>, ...) while a benchmark runs, and their percentiles as printed.
/// </summary>
internal static class UpdateDurations
{
    /// <summary>Starts collecting into <paramref name="durations"/> until the listener is disposed.</summary>
    public static MeterListener Listen(ConcurrentDictionary<string, ConcurrentBag<double>> durations)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == UpdateProcessor.MeterName && instrument.Name == UpdateProcessor.DurationInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "kind" && tag.Value is string kind)
                {
                    durations.GetOrAdd(kind, _ => []).Add(value);
                }
            }
        });
        listener.Start();
        return listener;
    }

    /// <summary>Prints the samples' count, p50, p99, mean and maximum in milliseconds.</summary>
    public static void Print(string what, ConcurrentBag<double>? samples)
    {
        if (samples is null || samples.IsEmpty)
        {
            Console.WriteLine($"{what}: no samples");
            return;
        }

        var sorted = samples.Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{what}: n={sorted.Count} p50={At(0.5):F2} ms p99={At(0.99):F2} ms mean={sorted.Average():F2} ms max={sorted[^1]:F2} ms"));
    }
}
