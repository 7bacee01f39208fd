using System.Diagnostics.Metrics;
using FunnelBot.Lifetime;

namespace FunnelBot.Storage;

/// <summary>The database's instruments: the size of its file and of its log, read when they are collected.</summary>
public sealed class StorageMetrics
{
    public const string SizeInstrument = "funnelbot.database.size";

    public StorageMetrics(FunnelDatabase database, IMeterFactory meters)
    {
        meters.Create(BotMeter.Name).CreateObservableGauge(
            SizeInstrument,
            () =>
            {
                var (data, log) = database.FileSizes();
                return new[]
                {
                    new Measurement<long>(data, new KeyValuePair<string, object?>("file", "data")),
                    new Measurement<long>(log, new KeyValuePair<string, object?>("file", "log")),
                };
            },
            "By",
            "Size of the LiteDB file and of its log.");
    }
}
