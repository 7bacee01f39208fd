using System.Text.Json;
using System.Text.Json.Nodes;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>The sender of an update Telegram.Bot cannot read, picked out of its raw JSON so that they can be told.</summary>
public static class UnreadableUpdate
{
    /// <summary>Who wrote it, when it is a message or a button press in a private chat; null otherwise or when even that is unreadable.</summary>
    public static PrivateSender? PrivateSender(string json)
    {
        try
        {
            var update = JsonNode.Parse(json);
            var message = update?["message"] ?? update?["edited_message"] ?? update?["callback_query"]?["message"];
            var from = update?["message"]?["from"] ?? update?["edited_message"]?["from"] ?? update?["callback_query"]?["from"];
            var chat = message?["chat"];
            if (chat?["type"]?.GetValue<string>() != "private" || from?["id"]?.GetValue<long>() is not { } userId
                || chat["id"]?.GetValue<long>() != userId)
            {
                return null;
            }

            return new PrivateSender(userId, from["language_code"]?.GetValue<string>());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
