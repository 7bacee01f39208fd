using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// getUpdates without the library's types, for a batch Telegram.Bot cannot read (an entity type or field newer than
/// the library): each update is kept as the JSON Telegram sent, with its id and chat read from the JSON. Uses the bot's
/// own HttpClient (no loggers: the URL carries the token).
/// </summary>
public sealed class RawUpdateFetcher
{
    private readonly IHttpClientFactory _http;
    private readonly IOptions<TelegramOptions> _options;

    public RawUpdateFetcher(IHttpClientFactory http, IOptions<TelegramOptions> options)
    {
        _http = http;
        _options = options;
    }

    public async Task<IReadOnlyList<InboxUpdate>> GetUpdatesAsync(int offset, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken)
    {
        var url = TelegramBotSetup.ClientOptions(_options.Value).BaseRequestUrl + "/getUpdates";
        using var client = _http.CreateClient(TelegramBotSetup.HttpClientName);
        using var response = await client.PostAsJsonAsync(url, new { offset, limit = 100, timeout = 0, allowed_updates = allowedUpdates }, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (body?["ok"]?.GetValue<bool>() != true || body["result"] is not JsonArray result)
        {
            throw new JsonException($"getUpdates (raw) answered {(int)response.StatusCode} without a result");
        }

        return [.. result.OfType<JsonObject>().Select(RawUpdates.ToInbox).OfType<InboxUpdate>()];
    }
}
