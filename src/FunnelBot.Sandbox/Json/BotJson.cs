using System.Text.Json;
using System.Text.Json.Serialization;

namespace FunnelBot.Sandbox.Json;

/// <summary>The JSON conventions of the Bot API: snake_case names, absent optional fields.</summary>
internal static class BotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static long ToUnix(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
