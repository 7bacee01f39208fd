using System.Diagnostics.Metrics;
using FunnelBot.Sandbox.State;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>An update Telegram.Bot cannot read (an entity type newer than the library) is still stored and answered.</summary>
public sealed class UnreadableUpdateTests
{
    [Fact]
    public async Task Status_WithAnEntityTypeTheLibraryDoesNotKnow_AnsweredAndCounted()
    {
        using var unreadable = new UnreadableCount();
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var sent = await bot.Driver.SendTextWithEntitiesAsync(anna.Id, "/status", [new MessageEntityInfo("some_future_entity", 0, 7)]);
        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, sent.MessageId, BotTestHost.Timeout);
        await bot.SettledAsync();

        Assert.Contains("2026-W48", reply.Text, StringComparison.Ordinal);
        Assert.Single(bot.Driver.BotMessages(anna.Id), m => m.MessageId > sent.MessageId);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("stored 1 of them as raw JSON", StringComparison.Ordinal));
        Assert.Equal(1, unreadable.Value);
    }

    /// <summary>Listens to <see cref="UpdateProcessor.UnreadableInstrument"/> while it lives.</summary>
    private sealed class UnreadableCount : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _value;

        public UnreadableCount()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == UpdateProcessor.MeterName && instrument.Name == UpdateProcessor.UnreadableInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref _value, measurement));
            _listener.Start();
        }

        public long Value => Interlocked.Read(ref _value);

        public void Dispose() => _listener.Dispose();
    }
}
