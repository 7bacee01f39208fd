using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Delivers the outbox: chats in turn (<see cref="ChatRotation"/>), so no chat waits behind another's backlog; several
/// chats at once (up to <see cref="SendLimits.ConcurrentSends"/>, one call per chat), so the round trip of one call does
/// not hold back the others; a chat's messages strictly in order (a failed one holds back only its own chat until it
/// is sent); within Telegram's limits with a margin, counted as Telegram counts them (<see cref="SendRateLimiter"/>),
/// a 429 pausing only the chat it was about while the others go on; server and network failures retried with
/// backoff; a member who blocked the bot marked unreachable. It sleeps until the next message may go, a new one is
/// queued or a call ends. A message is removed only after Telegram accepted it, so a crash at the wrong moment can
/// repeat a message but never lose one; a storage failure that leaves the database unusable stops the process. What one
/// call's answer means for its message and chat is <see cref="OutboxMessageDelivery"/>'s.
/// </summary>
public sealed partial class OutboxDelivery : BackgroundService
{
    private static readonly TimeSpan IdleRescan = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AfterUnexpectedFailure = TimeSpan.FromSeconds(5);
    private readonly OutboxStore _outbox;
    private readonly SendRateLimiter _limiter;
    private readonly SendLimits _limits;
    private readonly SendClock _clock;
    private readonly StorageFailureStop _storageFailure;
    private readonly ILogger<OutboxDelivery> _logger;
    private TaskCompletionSource _wake = NewWake();
    private readonly ConcurrentQueue<long> _announced = new();
    private readonly ChatRotation _rotation = new();
    private readonly OutboxMessageDelivery _messages;
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();

    public OutboxDelivery(
        OutboxStore outbox,
        SentKeyboardStore keyboards,
        SentTopicStore topics,
        TelegramMessageSender sender,
        MemberReachability reachability,
        SendClock clock,
        SendLimits limits,
        StorageFailureStop storageFailure,
        IMeterFactory meters,
        ILoggerFactory loggers)
    {
        _outbox = outbox;
        _clock = clock;
        _limits = limits;
        _storageFailure = storageFailure;
        _logger = loggers.CreateLogger<OutboxDelivery>();
        _limiter = new SendRateLimiter(clock.Time, limits);
        _messages = new OutboxMessageDelivery(outbox, keyboards, topics, sender, reachability, _limiter, meters, loggers.CreateLogger<OutboxMessageDelivery>());
        _outbox.Enqueued += OnEnqueued;
    }

    public override void Dispose()
    {
        _outbox.Enqueued -= OnEnqueued;
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DeliverUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            // Calls on their way finish (each within its grace) before the host goes on stopping.
            await Task.WhenAll(_inFlight.Values);
        }
    }

    private async Task DeliverUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var rescan = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            // A fresh signal before the pass reads anything: whatever happens from here on (a message queued, a call
            // ended) completes it, so the wait below cannot miss it, and what came before is seen by the pass.
            var woken = RenewWake();
            TimeSpan wait;
            try
            {
                if (rescan)
                {
                    foreach (var chat in _outbox.ChatsWaiting())
                    {
                        _rotation.Add(chat);
                    }
                }

                while (_announced.TryDequeue(out var chat))
                {
                    _rotation.Add(chat);
                }

                wait = StartDeliveries(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (_storageFailure.StopIfFatal(ex))
            {
                // The process is stopping; nothing more can be recorded as sent.
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryLoopFailed(ex);
                wait = AfterUnexpectedFailure;
            }

            rescan = _rotation.Count == 0 && _inFlight.IsEmpty;
            if (wait != TimeSpan.Zero)
            {
                await WaitAsync(woken, rescan || wait == Timeout.InfiniteTimeSpan ? IdleRescan : wait, stoppingToken);
            }
        }
    }

    private void OnEnqueued(object? sender, IReadOnlyCollection<long> chats)
    {
        foreach (var chat in chats)
        {
            _announced.Enqueue(chat);
        }

        Wake();
    }

    /// <summary>
    /// Starts sending the head of every chat in turn that may have one now, as long as calls may be added, and returns
    /// zero when it started any; otherwise how long until one can (infinite when only a call's end or a new message
    /// can change that; each wakes the loop).
    /// </summary>
    private TimeSpan StartDeliveries(CancellationToken cancellationToken)
    {
        var started = false;
        var wait = Timeout.InfiniteTimeSpan;
        foreach (var chat in _rotation.InTurn())
        {
            if (_inFlight.Count >= _limits.ConcurrentSends)
            {
                break;
            }

            var overall = _limiter.OverallDelay();
            if (overall != TimeSpan.Zero)
            {
                wait = Sooner(wait, overall);
                break;
            }

            if (_inFlight.ContainsKey(chat))
            {
                continue;
            }

            var delay = _limiter.ChatDelay(chat);
            if (delay > TimeSpan.Zero)
            {
                wait = Sooner(wait, delay);
                continue;
            }

            if (_outbox.Head(chat) is not { } message)
            {
                _rotation.Remove(chat);
                _limiter.Forget(chat);
                continue;
            }

            Start(message, cancellationToken);
            _rotation.Served(chat);
            started = true;
        }

        return started ? TimeSpan.Zero : wait;
    }

    /// <summary>Starts one chat's head on its own task, registered as in flight before it can end.</summary>
    private void Start(OutgoingMessage message, CancellationToken cancellationToken)
    {
        // The call holds its place in the overall budget from now, so the next chat started in this pass sees it.
        var call = new LimitedCall(_limiter, message.ChatId, CountsTowardsLimits(message.Kind));
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivery = Task.Run(
            async () =>
            {
                await registered.Task;
                await DeliverInTurnAsync(message, call, cancellationToken);
            },
            CancellationToken.None);
        _inFlight[message.ChatId] = delivery;
        registered.SetResult();
    }

    /// <summary>One chat's call, start to end: whatever happens, the chat is free again and the loop is woken.</summary>
    private async Task DeliverInTurnAsync(OutgoingMessage message, LimitedCall call, CancellationToken cancellationToken)
    {
        try
        {
            await _messages.DeliverAsync(_outbox.WithFile(message), call, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the row stays and goes after the restart.
        }
        catch (Exception ex) when (_storageFailure.StopIfFatal(ex))
        {
            // The process is stopping; nothing more can be recorded as sent.
        }
        catch (Exception ex)
        {
            LogUnexpectedFailure(ex, message.Id, message.ChatId, AfterUnexpectedFailure.TotalSeconds);
            _limiter.Pause(message.ChatId, AfterUnexpectedFailure);
        }
        finally
        {
            call.End(answered: false);
            _inFlight.TryRemove(message.ChatId, out _);
            Wake();
        }
    }

    /// <summary>Wakes the loop: its current wait ends, or its next pass has not begun reading yet and will see the change.</summary>
    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Puts a fresh signal in place for the pass about to begin and returns it, for the wait after that pass.</summary>
    private Task RenewWake()
    {
        var fresh = NewWake();
        Volatile.Write(ref _wake, fresh);
        return fresh.Task;
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TimeSpan Sooner(TimeSpan current, TimeSpan candidate) =>
        current == Timeout.InfiniteTimeSpan || (candidate != Timeout.InfiniteTimeSpan && candidate < current) ? candidate : current;

    /// <summary>Messages sent or edited count towards Telegram's flood limits; leaving a chat and setting a menu do not.</summary>
    private static bool CountsTowardsLimits(OutgoingKind kind) => kind is not (OutgoingKind.LeaveChat or OutgoingKind.ManagerMenu);

    /// <summary>
    /// Waits until <paramref name="woken"/> completes, <paramref name="wait"/> passes or the host stops. A signal rather
    /// than a semaphore: a cancelled wait on a semaphore can still take a release meant for the next one, and a message
    /// queued then would wait for the idle rescan.
    /// </summary>
    private async Task WaitAsync(Task woken, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (woken.IsCompleted)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _clock.Time, timeout.Token);
        await Task.WhenAny(delay, woken);
        await timeout.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox delivery loop failed; retrying in 5 s")]
    private partial void LogDeliveryLoopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending message {MessageId} to chat {ChatId} failed unexpectedly; retrying in {Seconds} s")]
    private partial void LogUnexpectedFailure(Exception exception, long messageId, long chatId, double seconds);
}
