using System.Net;
using FunnelBot.HttpApi.Metrics;
using FunnelBot.Scheduling;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.HttpApi.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary>A Prometheus scrape of <c>/metrics</c> parses by the text format's rules and has the bot's series.</summary>
[Collection(nameof(MetricsScrapes))]
public sealed class MetricsTests
{
    [Fact]
    public async Task Scrape_AfterRepliesA429AndAScheduledRun_ParsesWithTheBotsSeries()
    {
        await using var bot = await BotTestHost.StartAsync(settings: HttpHostTests.OnAFreePort);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        bot.Emulator.Faults.TooManyRequests(1, retryAfterSeconds: 1, "sendMessage", anna.Id);
        await bot.SayAsync(anna, "/help");
        await bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, bot.Time.GetUtcNow(), CancellationToken.None);
        await bot.SettledAsync();
        using var http = HealthTests.Client(bot);
        using var request = new HttpRequestMessage(HttpMethod.Get, MetricsEndpoints.Path);
        request.Headers.Accept.ParseAdd("text/plain; version=0.0.4");

        using var response = await http.SendAsync(request);
        var families = PrometheusText.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("histogram", families["funnelbot_update_duration_milliseconds"].Type);
        Assert.True(Value(families, "funnelbot_update_duration_milliseconds", "_count") >= 2);
        Assert.Equal("counter", families["funnelbot_messages_sent_total"].Type);
        Assert.True(families["funnelbot_messages_sent_total"].Samples.Where(s => s.Labels.GetValueOrDefault("kind") == "text").Sum(s => s.Value) >= 2);
        Assert.True(Value(families, "funnelbot_telegram_rate_limited_total") >= 1);
        Assert.True(Value(families, "funnelbot_updates_received_total") >= 2);
        Assert.Contains(families["funnelbot_scheduled_runs_total"].Samples, s => s.Labels["job"] == "weekly-digest" && s.Value >= 1);
        Assert.Equal("gauge", families["funnelbot_outbox_depth"].Type);
        Assert.Contains(families["funnelbot_outbox_oldest_age_seconds"].Samples, s => s.Value >= 0);
        Assert.Contains(families["funnelbot_database_size_bytes"].Samples, s => s.Labels["file"] == "data" && s.Value > 0);
    }

    [Theory]
    [InlineData("m 1\n# TYPE m counter\n", "TYPE")]
    [InlineData("m{a=\"x\"} 1\nm{a=\"x\"} 2\n", "duplicate")]
    [InlineData("m{a=x} 1\n", "label")]
    [InlineData("m 1,5\n", "value")]
    [InlineData("a 1\nb 1\na 2\n", "together")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n", "buckets")]
    [InlineData("m 1", "line feed")]
    public void Parse_BrokenExposition_Refused(string text, string what)
    {
        var error = Assert.Throws<FormatException>(() => PrometheusText.Parse(text));

        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    private static double Value(IReadOnlyDictionary<string, PrometheusFamily> families, string family, string suffix = "") =>
        families[family].Samples.Where(s => s.Name == family + suffix).Sum(s => s.Value);
}
