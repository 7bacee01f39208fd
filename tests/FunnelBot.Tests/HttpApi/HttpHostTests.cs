using System.Net;
using FunnelBot.HttpApi;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary>The bot's HTTP host: off unless <c>Http:Urls</c> is set, listening where it says, its settings checked at start.</summary>
public sealed class HttpHostTests
{
    public static readonly IReadOnlyDictionary<string, string> OnAFreePort = new Dictionary<string, string> { ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0" };

    [Fact]
    public async Task Start_NoUrls_NothingListens()
    {
        await using var bot = await BotTestHost.StartAsync();

        Assert.Empty(bot.Service<HttpApiHost>().Addresses);
    }

    [Fact]
    public async Task Start_UrlsOnPortZero_ListensOnTheLoopbackAtAPortOfItsOwn()
    {
        await using var bot = await BotTestHost.StartAsync(settings: OnAFreePort);

        var address = Assert.Single(bot.Service<HttpApiHost>().Addresses);
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        using var http = new HttpClient { BaseAddress = address };
        using var response = await http.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task RunBot_BadHttpSettings_StopsWithTwoNamingEachSetting()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first
        cli.Environment["FUNNELBOT_Http__Urls"] = "https://0.0.0.0:8443";
        cli.Environment["FUNNELBOT_Http__KnownProxies__0"] = "proxy.local";
        cli.Environment["FUNNELBOT_Http__KnownNetworks__0"] = "10.0.0.0/33";
        cli.Environment["FUNNELBOT_Http__MaxRequestBodyBytes"] = "10";

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "Http.Urls: 'https://0.0.0.0:8443' is not an address to listen on such as http://0.0.0.0:8080 (plain http: TLS is the reverse proxy's)",
                "Http.KnownProxies: 'proxy.local' is not an IP address such as 10.0.0.2",
                "Http.KnownNetworks: '10.0.0.0/33' is not a network in CIDR form such as 10.0.0.0/8",
                "Http.MaxRequestBodyBytes: 10 is outside 1024..67108864",
            ],
            result.Error.Trim().Split('\n', StringSplitOptions.TrimEntries));
        Assert.False(File.Exists(cli.DatabasePath));
    }

    [Fact]
    public async Task RunBot_TimeoutNotATimeSpan_StopsWithTwoNamingTheSetting()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";
        cli.Environment["FUNNELBOT_Http__RequestTimeout"] = "thirty seconds";

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Http:RequestTimeout", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:80")]
    [InlineData("http://localhost:5081/")]
    [InlineData("http://127.0.0.1:0;http://[::1]:0")]
    public void Validate_ListenAddress_Accepted(string urls)
    {
        var result = new HttpOptionsValidator().Validate(null, new FunnelBot.Configuration.HttpOptions { Urls = urls });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("http://0.0.0.0")]
    [InlineData("http://0.0.0.0:8080/api")]
    public void Validate_NotAListenAddress_Refused(string urls)
    {
        var result = new HttpOptionsValidator().Validate(null, new FunnelBot.Configuration.HttpOptions { Urls = urls });

        Assert.Equal($"Http.Urls: '{urls}' is not an address to listen on such as http://0.0.0.0:8080 (plain http: TLS is the reverse proxy's)", Assert.Single(result.Failures!));
    }
}
