using System.Net;
using FunnelBot.Tests.Bot.Support;
using static FunnelBot.Tests.HttpApi.Support.PushApiClient;

namespace FunnelBot.Tests.HttpApi;

/// <summary>Each key has its own budget of requests a minute (<c>Http:ApiRequestsPerMinute</c>); over it, 429 with Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_OverOneKeysBudget_429ForItWhileAnotherKeyGoesOn()
    {
        await using var bot = await BotTestHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0",
            ["FUNNELBOT_Http__ApiRequestsPerMinute"] = "2",
        });
        using var busy = For(bot, NewKey(bot, "busy"));
        using var quiet = For(bot, NewKey(bot, "quiet"));
        var plans = new Uri("/api/v1/plans", UriKind.Relative);

        using var first = await busy.GetAsync(plans);
        using var second = await busy.GetAsync(plans);
        using var third = await busy.GetAsync(plans);
        using var other = await quiet.GetAsync(plans);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
