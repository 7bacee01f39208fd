using System.Threading.Channels;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// Runs updates concurrently across chats and strictly in order within a chat, the chats taking turns: a worker takes
/// the chat at the front, handles one update of it and puts the chat at the back if more of its updates wait. So a
/// chat with a thousand updates waiting delays another chat's update by one update at most, never by its backlog.
/// </summary>
public sealed partial class ChatLanes : BackgroundService
{
    private const int WorkerCount = 4;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<long>> _waiting = [];
    private readonly Channel<long> _turns = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = false });
    private readonly UpdateProcessor _processor;
    private readonly StorageFailureStop _storageFailure;
    private readonly ILogger<ChatLanes> _logger;

    public ChatLanes(UpdateProcessor processor, StorageFailureStop storageFailure, ILogger<ChatLanes> logger)
    {
        _processor = processor;
        _storageFailure = storageFailure;
        _logger = logger;
    }

    public void Enqueue(long chatId, long updateId)
    {
        lock (_gate)
        {
            if (_waiting.TryGetValue(chatId, out var updates))
            {
                // The chat already has its turn queued or running; the update waits in its line.
                updates.Enqueue(updateId);
                return;
            }

            updates = new Queue<long>();
            updates.Enqueue(updateId);
            _waiting[chatId] = updates;
        }

        _turns.Writer.TryWrite(chatId);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, WorkerCount).Select(_ => RunWorkerAsync(_turns.Reader, stoppingToken)));

    /// <summary>The chat's next update; it stays in <see cref="_waiting"/> (so no second worker takes it) until <see cref="EndTurn"/>.</summary>
    private long NextOf(long chatId)
    {
        lock (_gate)
        {
            return _waiting[chatId].Dequeue();
        }
    }

    /// <summary>After one update of the chat: back in line when more wait, otherwise done.</summary>
    private void EndTurn(long chatId)
    {
        lock (_gate)
        {
            if (_waiting[chatId].Count == 0)
            {
                _waiting.Remove(chatId);
                return;
            }
        }

        _turns.Writer.TryWrite(chatId);
    }

    private async Task RunWorkerAsync(ChannelReader<long> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var chatId in reader.ReadAllAsync(stoppingToken))
            {
                var updateId = NextOf(chatId);
                try
                {
                    await _processor.ProcessAsync(updateId, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (_storageFailure.StopIfFatal(ex))
                {
                    // The database is unusable: the process stops; the update stays in the inbox for the restart.
                    return;
                }
                catch (Exception ex)
                {
                    LogUpdateFailed(ex, updateId);
                }

                EndTurn(chatId);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: unhandled updates stay in the inbox and run after the restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} could not be handled; it stays in the inbox")]
    private partial void LogUpdateFailed(Exception exception, long updateId);
}
