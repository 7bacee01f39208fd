using System.Text.Json;
using System.Text.Json.Nodes;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>What became of one webhook delivery.</summary>
public enum WebhookReceipt
{
    /// <summary>Stored in the inbox; its chat's lane handles it.</summary>
    Stored,

    /// <summary>An update of that id was stored before: nothing changed.</summary>
    Duplicate,

    /// <summary>The body is not an update (no JSON object with a numeric update_id): nothing stored.</summary>
    NotAnUpdate,
}

/// <summary>
/// Takes an update Telegram POSTed to the webhook into the same inbox the poller fills, before the delivery is
/// answered: from there the same chat lanes handle it, marked done in the transaction of what it changed, so a
/// webhook update is handled exactly once like a polled one. Until the bot has connected (<see cref="Open"/>), stored
/// updates wait in the inbox and the poller hands them to the lanes with the others left from before.
/// </summary>
public sealed class WebhookInbox
{
    public const string Source = "webhook";

    private readonly UpdateInboxStore _inbox;
    private readonly ChatLanes _lanes;
    private readonly UpdateHeartbeat _heartbeat;
    private int _open;

    public WebhookInbox(UpdateInboxStore inbox, ChatLanes lanes, UpdateHeartbeat heartbeat)
    {
        _inbox = inbox;
        _lanes = lanes;
        _heartbeat = heartbeat;
    }

    public WebhookReceipt Receive(ReadOnlySpan<byte> body)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return WebhookReceipt.NotAnUpdate;
        }

        if (json is null || RawUpdates.ToInbox(json) is not { } update)
        {
            return WebhookReceipt.NotAnUpdate;
        }

        var fresh = _inbox.ReceiveDelivered(update);
        _heartbeat.Received(fresh ? 1 : 0, Source);
        if (!fresh)
        {
            return WebhookReceipt.Duplicate;
        }

        if (Volatile.Read(ref _open) == 1)
        {
            _lanes.Enqueue(update.ChatId, update.Id);
        }

        return WebhookReceipt.Stored;
    }

    /// <summary>
    /// From now on a stored delivery goes straight to its lane. Call before handing the inbox's pending updates to the
    /// lanes: an update stored in between is then handed over twice at worst, and the second turn finds it done.
    /// </summary>
    public void Open() => Interlocked.Exchange(ref _open, 1);
}
