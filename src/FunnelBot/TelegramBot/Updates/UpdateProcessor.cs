using FunnelBot.Storage;
using FunnelBot.TelegramBot.Polling;
using LiteDB;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Handles one stored update: routes it, then applies its writes, queues its replies and marks it done in one LiteDB
/// transaction, and finally answers a pressed button.
/// </summary>
public sealed partial class UpdateProcessor
{
    public const string MeterName = FunnelBot.Lifetime.BotMeter.Name;
    public const string DurationInstrument = "funnelbot.update.duration";
    public const string UnreadableInstrument = "funnelbot.updates.unreadable";

    private readonly UpdateInboxStore _inbox;
    private readonly UpdateRouter _router;
    private readonly FallbackReplies _fallback;
    private readonly ResponseWriter _writer;
    private readonly ITelegramBotClient _bot;
    private readonly StorageFailureStop _storageFailure;
    private readonly ILogger<UpdateProcessor> _logger;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _unreadable;

    public UpdateProcessor(
        UpdateInboxStore inbox, UpdateRouter router, FallbackReplies fallback, ResponseWriter writer, ITelegramBotClient bot, StorageFailureStop storageFailure,
        IMeterFactory meters, ILogger<UpdateProcessor> logger)
    {
        _duration = meters.Create(MeterName).CreateHistogram<double>(
            DurationInstrument, "ms", "Time to handle one update: route, store its changes and queue its replies.");
        _unreadable = meters.Create(MeterName).CreateCounter<long>(
            UnreadableInstrument, "{update}", "Updates Telegram.Bot could not read: handled without their unknown parts, or dropped.");
        _inbox = inbox;
        _router = router;
        _fallback = fallback;
        _writer = writer;
        _bot = bot;
        _storageFailure = storageFailure;
        _logger = logger;
    }

    public async Task ProcessAsync(long updateId, CancellationToken cancellationToken)
    {
        var entry = _inbox.Find(updateId);
        if (entry is null || entry.Done)
        {
            return;
        }

        var (read, neutralised) = LenientUpdateReader.Read(entry.Json);
        if (neutralised)
        {
            _unreadable.Add(1, new KeyValuePair<string, object?>("outcome", read is null ? "dropped" : "neutralised"));
            LogUnreadable(updateId, read is null ? "it cannot be read at all; the sender is told so in a private chat" : "its unknown entities were left out");
        }

        if (read is not { } update)
        {
            _writer.Apply(_fallback.Unreadable(entry.Json), () => _inbox.MarkDone(updateId));
            return;
        }

        var started = Stopwatch.GetTimestamp();
        BotResponse response;
        try
        {
            response = await _router.RouteAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, updateId);
            response = _fallback.Failure(update);
        }

        if (!TryCommit(updateId, response))
        {
            response = _fallback.Failure(update);
            TryCommit(updateId, response);
        }

        _duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("kind", KindOf(update)));
        if (update.CallbackQuery is { } query)
        {
            await AnswerButtonAsync(query, response, cancellationToken);
        }
    }

    /// <summary>"command:status", "button", "text" or "other": enough to tell handling times apart.</summary>
    private static string KindOf(Update update) => update switch
    {
        { CallbackQuery: not null } => "button",
        { Message: { } message } when CommandText.Parse(message) is { } command => "command:" + command.Name,
        { Message: not null } => "text",
        _ => "other",
    };

    private bool TryCommit(long updateId, BotResponse response)
    {
        try
        {
            _writer.Apply(response, () => _inbox.MarkDone(updateId));
            return true;
        }
        catch (Exception ex) when (StorageFailure.IsFatal(ex))
        {
            // Nothing was committed and no later write can be: no reply at all (never a success that was not
            // stored), the update stays in the inbox, and the process stops to be restarted.
            _storageFailure.StopIfFatal(ex);
            throw;
        }
        catch (Exception ex) when (ex is LiteException or InvalidOperationException or ArgumentException)
        {
            LogCommitFailed(ex, updateId);
            return false;
        }
    }

    private async Task AnswerButtonAsync(CallbackQuery query, BotResponse response, CancellationToken cancellationToken)
    {
        try
        {
            await _bot.AnswerCallbackQuery(query.Id, response.CallbackText, response.CallbackAlert, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The button's spinner stops by itself; the answer itself is already stored and queued.
            LogAnswerFailed(query.Id, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} failed; the user is told something went wrong")]
    private partial void LogHandlerFailed(Exception exception, long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the result of update {UpdateId} failed; nothing of it was stored")]
    private partial void LogCommitFailed(Exception exception, long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} could not be read by Telegram.Bot: {Outcome}")]
    private partial void LogUnreadable(long updateId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering button press {QueryId} failed: {Error}")]
    private partial void LogAnswerFailed(string queryId, string error);
}
