using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FunnelBot.HttpApi;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.HttpApi.Support;

/// <summary>A client of the push API of a running bot: real HTTP to its Kestrel, with a key made as the manager makes one.</summary>
public static class PushApiClient
{
    public static HttpClient For(BotTestHost bot, string? secret)
    {
        var http = new HttpClient { BaseAddress = Assert.Single(bot.Service<HttpApiHost>().Addresses) };
        if (secret is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return http;
    }

    public static string NewKey(BotTestHost bot, string name, params string[] metrics) =>
        bot.Service<ApiKeyStore>().Create(name, metrics, "maria")!.Secret;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
