using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Reads a stored update's JSON as Telegram.Bot's <see cref="Update"/>; when the library cannot (a message entity type
/// newer than it), reads it again without the entities of unknown types, so that the text, the sender and the chat
/// still route normally. Null when even that fails.
/// </summary>
public static class LenientUpdateReader
{
    private static readonly HashSet<string> KnownEntityTypes =
        [.. Enum.GetValues<MessageEntityType>().Select(type => JsonSerializer.Serialize(type, JsonBotAPI.Options).Trim('"'))];

    /// <summary>The update, and whether unknown parts had to be dropped to read it.</summary>
    public static (Update? Update, bool Neutralised) Read(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options), false);
        }
        catch (JsonException)
        {
            // Read again below, without what the library does not know.
        }

        try
        {
            var node = JsonNode.Parse(json);
            if (node is null)
            {
                return (null, true);
            }

            DropUnknownEntities(node);
            return (node.Deserialize<Update>(JsonBotAPI.Options), true);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private static void DropUnknownEntities(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name is "entities" or "caption_entities" && value is JsonArray entities)
                    {
                        foreach (var entity in entities.Where(IsUnknownEntity).ToList())
                        {
                            entities.Remove(entity);
                        }
                    }
                    else if (value is not null)
                    {
                        DropUnknownEntities(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.Where(i => i is not null))
                {
                    DropUnknownEntities(item!);
                }

                break;
        }
    }

    private static bool IsUnknownEntity(JsonNode? entity) =>
        entity?["type"] is not JsonValue type || !type.TryGetValue<string>(out var name) || !KnownEntityTypes.Contains(name);
}
