using System.Net.Sockets;
using FunnelBot.TelegramBot.Members;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Delivers the outbox: in order within each chat, within Telegram's limits, honouring retry_after, retrying server
/// and network failures with backoff, and marking a member unreachable when they blocked the bot.
/// A message is removed from the outbox only after Telegram accepted it, so a crash at the wrong moment can repeat a
/// message but never lose one.
/// </summary>
public sealed partial class OutboxDelivery : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly OutboxStore _outbox;
    private readonly SentKeyboardStore _keyboards;
    private readonly TelegramMessageSender _sender;
    private readonly MemberReachability _reachability;
    private readonly SendRateLimiter _limiter;
    private readonly SendClock _clock;
    private readonly ILogger<OutboxDelivery> _logger;
    private readonly SemaphoreSlim _wake = new(0);

    public OutboxDelivery(
        OutboxStore outbox,
        SentKeyboardStore keyboards,
        TelegramMessageSender sender,
        MemberReachability reachability,
        SendClock clock,
        ILogger<OutboxDelivery> logger)
    {
        _outbox = outbox;
        _keyboards = keyboards;
        _sender = sender;
        _reachability = reachability;
        _clock = clock;
        _logger = logger;
        _limiter = new SendRateLimiter(clock.Time, SendLimits.Telegram);
        _outbox.Enqueued += (_, _) => _wake.Release();
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryLoopFailed(ex);
                wait = TimeSpan.FromSeconds(5);
            }

            await WaitAsync(wait, stoppingToken);
        }
    }

    /// <summary>Sends what is due now and returns how long to wait before looking again.</summary>
    private async Task<TimeSpan> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var blockedChats = new HashSet<long>();
        var wait = TimeSpan.FromSeconds(30);
        foreach (var message in _outbox.Due(500))
        {
            if (blockedChats.Contains(message.ChatId))
            {
                continue;
            }

            var delay = _limiter.DelayFor(message.ChatId);
            if (delay > TimeSpan.Zero)
            {
                blockedChats.Add(message.ChatId);
                wait = delay < wait ? delay : wait;
                continue;
            }

            if (!await TryDeliverAsync(message, cancellationToken))
            {
                blockedChats.Add(message.ChatId);
                wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds, 1000));
            }
        }

        if (_outbox.NextDue() is { } next)
        {
            var untilNext = new DateTimeOffset(next, TimeSpan.Zero) - _clock.Time.GetUtcNow();
            wait = untilNext < wait ? untilNext : wait;
        }

        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
    }

    private async Task<bool> TryDeliverAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            _limiter.Record(message.ChatId);
            var sentId = await _sender.SendAsync(message, cancellationToken);
            if (sentId is { } id && message.Kind is not (OutgoingKind.EditText or OutgoingKind.RemoveKeyboard))
            {
                _keyboards.RecordSent(message, id);
            }

            _outbox.Complete(message);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            _limiter.Pause(message.ChatId, retryAfter, everything: true);
            LogRateLimited(message.ChatId, retryAfter.TotalSeconds);
            return false;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            var dropped = _outbox.DropChat(message.ChatId);
            _reachability.MarkUnreachable(message.ChatId, ex.Message);
            LogBlocked(message.ChatId, dropped, ex.Message);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            var unchanged = ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
            _outbox.Drop(message);
            if (!unchanged)
            {
                LogRefused(message.Id, message.ChatId, ex.Message);
            }

            return true;
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            var backoff = Backoff(message.Attempts);
            _outbox.Retry(message, backoff);
            LogTransientFailure(message.Id, message.Attempts, backoff.TotalSeconds, ex.Message);
            return false;
        }
    }

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

    private async Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _clock.Time, timeout.Token);
        var woken = _wake.WaitAsync(timeout.Token);
        await Task.WhenAny(delay, woken);
        await timeout.CancelAsync();
        while (_wake.CurrentCount > 0)
        {
            await _wake.WaitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox delivery loop failed; retrying in 5 s")]
    private partial void LogDeliveryLoopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked to slow down for chat {ChatId}: retry after {Seconds} s")]
    private partial void LogRateLimited(long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} cannot be reached ({Reason}); {Dropped} queued message(s) dropped")]
    private partial void LogBlocked(long chatId, int dropped, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused message {MessageId} to chat {ChatId}: {Reason}")]
    private partial void LogRefused(long messageId, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed (attempt {Attempts}); retrying in {Seconds} s: {Reason}")]
    private partial void LogTransientFailure(long messageId, int attempts, double seconds, string reason);
}
