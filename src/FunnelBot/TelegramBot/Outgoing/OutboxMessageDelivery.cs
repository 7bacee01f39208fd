using System.Diagnostics.Metrics;
using System.Net.Sockets;
using FunnelBot.Lifetime;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// One outbox message's call to Telegram and what its answer means (<see cref="OutboxDelivery"/> decides when it goes):
/// accepted, it is filed under its keyboard and topics and leaves the outbox; a 429 pauses its chat for retry_after;
/// a 403 drops the chat's queue and marks the member unreachable; a 400 is logged and dropped ("message is not
/// modified" silently); a server or network failure waits with backoff. A request on its way when the host stops is
/// given <see cref="InFlightGrace"/> to finish.
/// </summary>
internal sealed partial class OutboxMessageDelivery
{
    public const string SentInstrument = "funnelbot.messages.sent";
    public const string RateLimitedInstrument = "funnelbot.telegram.rate_limited";
    public const string RetriesInstrument = "funnelbot.outbox.retries";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(10);
    private readonly OutboxStore _outbox;
    private readonly SentKeyboardStore _keyboards;
    private readonly SentTopicStore _topics;
    private readonly TelegramMessageSender _sender;
    private readonly MemberReachability _reachability;
    private readonly SendRateLimiter _limiter;
    private readonly ILogger<OutboxMessageDelivery> _logger;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;

    public OutboxMessageDelivery(
        OutboxStore outbox, SentKeyboardStore keyboards, SentTopicStore topics, TelegramMessageSender sender, MemberReachability reachability,
        SendRateLimiter limiter, IMeterFactory meters, ILogger<OutboxMessageDelivery> logger)
    {
        var meter = meters.Create(BotMeter.Name);
        _sent = meter.CreateCounter<long>(SentInstrument, "{message}", "Messages Telegram accepted (sent, edited, files), by kind.");
        _rateLimited = meter.CreateCounter<long>(RateLimitedInstrument, "{response}", "429 Too Many Requests answers from the Bot API.");
        _retries = meter.CreateCounter<long>(RetriesInstrument, "{attempt}", "Sends that failed and wait to be tried again, by reason.");
        _outbox = outbox;
        _keyboards = keyboards;
        _topics = topics;
        _sender = sender;
        _reachability = reachability;
        _limiter = limiter;
        _logger = logger;
    }

    public async Task DeliverAsync(OutgoingMessage message, LimitedCall call, CancellationToken cancellationToken)
    {
        try
        {
            var sentId = await SendCountedAsync(message, call, cancellationToken);
            if (sentId is { } id && message.Kind is not (OutgoingKind.EditText or OutgoingKind.RemoveKeyboard))
            {
                _keyboards.RecordSent(message, id);
                _topics.RecordSent(message, id);
            }

            // Counted as soon as Telegram accepted it: whoever waits for the outbox to empty sees the count.
            _sent.Add(1, new KeyValuePair<string, object?>("kind", KindName(message.Kind)));
            _outbox.Complete(message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            _limiter.Pause(message.ChatId, retryAfter);
            _rateLimited.Add(1);
            LogRateLimited(message.ChatId, retryAfter.TotalSeconds);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            var dropped = _outbox.DropChat(message.ChatId);
            _reachability.MarkUnreachable(message.ChatId, ex.Message);
            LogBlocked(message.ChatId, dropped, ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            var unchanged = ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
            _outbox.Complete(message);
            if (!unchanged)
            {
                LogRefused(message.Id, message.ChatId, ex.Message);
            }
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            var backoff = Backoff(message.Attempts);
            _outbox.Retry(message);
            _limiter.Pause(message.ChatId, backoff);
            _retries.Add(1, new KeyValuePair<string, object?>("reason", "transient"));
            LogTransientFailure(message.Id, message.Attempts, backoff.TotalSeconds, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !StorageFailure.IsFatal(ex))
        {
            // Unexpected: the message waits with backoff and holds back its own chat only.
            var backoff = Backoff(message.Attempts);
            _limiter.Pause(message.ChatId, backoff);
            LogUnexpectedFailure(ex, message.Id, message.ChatId, backoff.TotalSeconds);
            _outbox.Retry(message);
            _retries.Add(1, new KeyValuePair<string, object?>("reason", "unexpected"));
        }
    }

    /// <summary>
    /// Sends the message and counts it as Telegram does, once its answer is here (see <see cref="SendRateLimiter"/>):
    /// whatever the answer, except a 429, which Telegram did not count.
    /// </summary>
    private async Task<int?> SendCountedAsync(OutgoingMessage message, LimitedCall call, CancellationToken cancellationToken)
    {
        // A request on its way when the host stops is given time to finish: cut off, Telegram may still have taken
        // the message, and the row, never completed, would be sent again after the restart.
        using var inFlight = new CancellationTokenSource();
        using var stopping = cancellationToken.Register(() => inFlight.CancelAfter(InFlightGrace));
        var answered = true;
        try
        {
            return await _sender.SendAsync(message, inFlight.Token);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            answered = false;
            throw;
        }
        finally
        {
            call.End(answered);
        }
    }

    private static string KindName(OutgoingKind kind) => kind.ToString().ToLowerInvariant();

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException or HttpRequestException or SocketException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 12)));
        return TimeSpan.FromSeconds(seconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending message {MessageId} to chat {ChatId} failed unexpectedly; retrying in {Seconds} s")]
    private partial void LogUnexpectedFailure(Exception exception, long messageId, long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked to slow down for chat {ChatId}: retry after {Seconds} s")]
    private partial void LogRateLimited(long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} cannot be reached ({Reason}); {Dropped} queued message(s) dropped")]
    private partial void LogBlocked(long chatId, int dropped, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused message {MessageId} to chat {ChatId}: {Reason}")]
    private partial void LogRefused(long messageId, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed (attempt {Attempts}); retrying in {Seconds} s: {Reason}")]
    private partial void LogTransientFailure(long messageId, int attempts, double seconds, string reason);
}
