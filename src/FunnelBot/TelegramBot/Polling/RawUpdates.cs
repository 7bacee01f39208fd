using System.Text.Json.Nodes;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>An update as Telegram sent it, read without the library's types: its id and chat from the JSON, the JSON kept as it came.</summary>
public static class RawUpdates
{
    /// <summary>The inbox entry of <paramref name="update"/>, or null when it has no numeric update_id.</summary>
    public static InboxUpdate? ToInbox(JsonObject update) =>
        Long(update["update_id"]) is { } id ? new InboxUpdate { Id = id, ChatId = ChatOf(update), Json = update.ToJsonString() } : null;

    private static long ChatOf(JsonObject update) =>
        Long(update["message"]?["chat"]?["id"])
        ?? Long(update["callback_query"]?["message"]?["chat"]?["id"])
        ?? Long(update["callback_query"]?["from"]?["id"])
        ?? Long(update["my_chat_member"]?["chat"]?["id"])
        ?? 0;

    private static long? Long(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;
}
