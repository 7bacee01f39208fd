using System.Diagnostics.Metrics;
using FunnelBot.Sandbox.State;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Texts;
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

        Assert.Contains("23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.Single(bot.Driver.BotMessages(anna.Id), m => m.MessageId > sent.MessageId);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("stored 1 of them as raw JSON", StringComparison.Ordinal));
        Assert.Equal(1, unreadable.Value);
    }

    [Fact]
    public async Task Update_TheLibraryCannotReadAtAll_SenderToldPlainlyAndTheUpdateDone()
    {
        using var unreadable = new UnreadableCount();
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var before = bot.LastMessageId(anna.Id);
        var inbox = bot.Service<UpdateInboxStore>();

        // As the poller stores a batch it could only fetch as raw JSON: here a date Telegram.Bot cannot read.
        var json = $$$"""{"update_id":900001,"message":{"message_id":77,"date":"tomorrow","chat":{"id":{{{anna.Id}}},"type":"private"},"from":{"id":{{{anna.Id}}},"is_bot":false,"first_name":"Anna","language_code":"en"},"text":"12"}}""";
        inbox.Receive([new InboxUpdate { Id = 900001, ChatId = anna.Id, Json = json }], inbox.NextOffset());
        await bot.Service<UpdateProcessor>().ProcessAsync(900001, CancellationToken.None);

        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, before, BotTestHost.Timeout);
        Assert.Equal(BotTexts.Template("update.unreadable", BotTexts.English), reply.Text);
        Assert.True(inbox.Find(900001)!.Done);
        Assert.Equal(1, unreadable.Value);
    }

    [Theory]
    [InlineData("""{"update_id":1,"message":{"chat":{"id":5,"type":"private"},"from":{"id":5,"language_code":"ru"}}}""", 5L, "ru")]
    [InlineData("""{"update_id":1,"callback_query":{"from":{"id":6},"message":{"chat":{"id":6,"type":"private"}}}}""", 6L, null)]
    [InlineData("""{"update_id":1,"message":{"chat":{"id":-100,"type":"supergroup"},"from":{"id":5}}}""", null, null)]
    [InlineData("""{"update_id":1,"message":{"chat":{"id":"five","type":"private"},"from":{"id":5}}}""", null, null)]
    [InlineData("not json", null, null)]
    public void PrivateSender_FromRawJson_OnlyWhenItIsAPrivateChat(string json, long? userId, string? language)
    {
        var sender = UnreadableUpdate.PrivateSender(json);

        Assert.Equal(userId, sender?.UserId);
        Assert.Equal(language, sender?.LanguageCode);
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
