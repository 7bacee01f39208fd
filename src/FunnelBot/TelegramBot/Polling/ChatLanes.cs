using System.Threading.Channels;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// Runs updates concurrently across chats and strictly in order within a chat: each chat always maps to the same
/// lane, and each lane handles one update at a time.
/// </summary>
public sealed partial class ChatLanes : BackgroundService
{
    private const int LaneCount = 4;
    private readonly Channel<long>[] _lanes;
    private readonly UpdateProcessor _processor;
    private readonly StorageFailureStop _storageFailure;
    private readonly ILogger<ChatLanes> _logger;

    public ChatLanes(UpdateProcessor processor, StorageFailureStop storageFailure, ILogger<ChatLanes> logger)
    {
        _processor = processor;
        _storageFailure = storageFailure;
        _logger = logger;
        _lanes = [.. Enumerable.Range(0, LaneCount).Select(_ => Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true }))];
    }

    public void Enqueue(long chatId, long updateId)
    {
        var lane = (int)((ulong)chatId % LaneCount);
        _lanes[lane].Writer.TryWrite(updateId);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)));

    private async Task RunLaneAsync(ChannelReader<long> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var updateId in reader.ReadAllAsync(stoppingToken))
            {
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
