using System.Net;
using System.Text.RegularExpressions;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using static FunnelBot.Tests.HttpApi.Support.PushApiClient;

namespace FunnelBot.Tests.HttpApi;

/// <summary><c>/apikey</c> in the manager's private chat: a key shown once that works over HTTP until it is revoked.</summary>
public sealed partial class ApiKeyChatTests
{
    [Fact]
    public async Task NewThenRevoke_ManagersKey_WritesAsItsNameThenIsRefused()
    {
        await using var bot = await BotTestHost.StartAsync(settings: HttpHostTests.OnAFreePort);
        var maria = await bot.JoinAsync("maria_lead", "Maria");

        var created = await bot.SayAsync(maria, "/apikey new make-scenario leads");
        var secret = KeyShape().Match(created.Text!).Value;
        using var http = For(bot, secret);
        using var written = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""{"values": [{"metric": "leads", "week": "2026-W30", "value": "5"}]}"""));
        var listed = await bot.SayAsync(maria, "/apikey");
        await bot.SayAsync(maria, "/apikey revoke make-scenario");
        using var refused = await http.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.StartsWith("API key make-scenario (leads). It is shown only now", created.Text, StringComparison.Ordinal);
        Assert.NotEmpty(secret);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var history = Assert.Single(bot.Service<WeeklyValueStore>().History("leads", new IsoWeek(2026, 30)));
        Assert.Equal(("make-scenario", ChangeSource.Api), (history.Who, history.Source));
        Assert.Contains("make-scenario: leads", listed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Service<ApiKeyStore>().Active());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task New_ByAMember_RefusedAndNoKeyMade()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var reply = await bot.SayAsync(anna, "/apikey new mine");

        Assert.DoesNotContain(ApiKeyStore.Prefix, reply.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Service<ApiKeyStore>().Active());
    }

    [GeneratedRegex("fbk_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyShape();
}
