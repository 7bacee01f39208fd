using System.Net;
using System.Text.Json;
using FunnelBot.DataFiles;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using static FunnelBot.Tests.HttpApi.Support.PushApiClient;

namespace FunnelBot.Tests.HttpApi;

/// <summary>
/// The push API end to end: real HTTP to the bot's Kestrel, a real LiteDB file. The tests share one bot and write
/// different weeks, so that none sees another's values.
/// </summary>
public sealed class PushApiTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(settings: new Dictionary<string, string>
    {
        ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0",
        ["FUNNELBOT_Http__MaxRequestBodyBytes"] = "4096",
        ["FUNNELBOT_Http__ApiRequestsPerMinute"] = "1000",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    [Fact]
    public async Task PostValues_WeekAndDateStringAndNumber_StoredWithTheKeysNameAsSource()
    {
        using var http = For(_bot, NewKey(_bot, "crm-sync"));

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""
            {"source": "nightly", "values": [
              {"metric": "leads", "week": "2026-W40", "value": "120"},
              {"metric": "ad_spend", "date": "2026-10-01", "value": 1850000.50}
            ]}
            """));
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 2, 0), (body.GetProperty("values").GetInt32(), body.GetProperty("changed").GetInt32(), body.GetProperty("unchanged").GetInt32()));
        Assert.Equal(120m, Values.Get("leads", new IsoWeek(2026, 40)));
        Assert.Equal(1_850_000.50m, Values.Get("ad_spend", new IsoWeek(2026, 40)));
        var history = Assert.Single(Values.History("leads", new IsoWeek(2026, 40)));
        Assert.Equal(("crm-sync/nightly", ChangeSource.Api), (history.Who, history.Source));
    }

    [Fact]
    public async Task PostValues_BatchOfThree_TheDataVersionMovesOnceForTheBatchAndOnceAfterItsCommit()
    {
        using var http = For(_bot, NewKey(_bot, "batch-version"));
        var version = _bot.Service<FunnelDatabase>().Changes;
        var before = version.Current;

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""
            {"values": [
              {"metric": "leads", "week": "2026-W30", "value": "11"},
              {"metric": "leads", "week": "2026-W31", "value": "12"},
              {"metric": "ad_spend", "week": "2026-W30", "value": "1300"}
            ]}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12m, Values.Get("leads", new IsoWeek(2026, 31)));
        Assert.Equal(2, version.Current - before);
    }

    [Fact]
    public async Task PostValues_OneRefused_422WithTheReasonsOfEveryEntryPointAndNothingStored()
    {
        using var http = For(_bot, NewKey(_bot, "refused"));

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""
            {"values": [
              {"metric": "leads", "week": "2026-W41", "value": "12"},
              {"metric": "leads", "week": "2026-W41", "value": "12.5"},
              {"metric": "no_such", "week": "2026-W99", "value": "1"},
              {"metric": "qualification_rate", "week": "2026-W41", "value": "0.4"}
            ]}
            """));
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Values were refused; nothing was stored", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], errors.Select(e => e.GetProperty("index").GetInt32()));
        var leads = _bot.Service<FunnelBot.Configuration.TeamConfiguration>().FindMetric("leads");
        Assert.Equal(
            [DataFileReasonText.English(DataFileReason.BadValue("12.5", ValueRefusal.NotWhole, leads, NumberConvention.PointDecimal))],
            errors[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["unknown-metric", "not-a-week"], errors[1].GetProperty("codes").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["ratio-not-entered"], errors[2].GetProperty("codes").EnumerateArray().Select(r => r.GetString()));
        Assert.Null(Values.Get("leads", new IsoWeek(2026, 41)));
    }

    [Fact]
    public async Task PostValues_SameIdempotencyKeyTwice_SecondChangesNothingAndGetsTheSameAnswer()
    {
        using var http = For(_bot, NewKey(_bot, "n8n"));
        const string batch = """{"values": [{"metric": "calls", "week": "2026-W42", "value": 7}]}""";

        async Task<HttpResponseMessage> PostAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/values") { Content = Json(json) };
            request.Headers.Add("Idempotency-Key", "run-2026-10-12");
            return await http.SendAsync(request);
        }

        using var first = await PostAsync(batch);
        _bot.Service<WeeklyValueStore>().Set(new WeeklyValue("calls", new IsoWeek(2026, 42), 9), new ChangeAuthor("ivan", ChangeSource.Chat));
        using var repeat = await PostAsync(batch);
        using var other = await PostAsync("""{"values": [{"metric": "calls", "week": "2026-W42", "value": 8}]}""");

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.True(repeat.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(9m, Values.Get("calls", new IsoWeek(2026, 42)));
        Assert.Equal(2, Values.History("calls", new IsoWeek(2026, 42)).Count);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("The Idempotency-Key was used for another request", (await ReadAsync(other)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnyRequest_UnknownRevokedOrNoKey_401AlikeWithNoHint()
    {
        var revoked = NewKey(_bot, "old-script");
        _bot.Service<ApiKeyStore>().Revoke("old-script", "maria");
        var unknown = "fbk_" + new string('A', 43);
        const string batch = """{"values": [{"metric": "leads", "week": "2026-W43", "value": "1"}]}""";

        var answers = new List<(HttpStatusCode Status, string Problem, string? Challenge)>();
        foreach (var secret in new[] { revoked, unknown, "not-even-a-key", null })
        {
            using var http = For(_bot, secret);
            using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json(batch));
            var body = await response.Content.ReadAsStringAsync();
            if (secret is not null)
            {
                Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            }

            // The trace id differs per request and says nothing of keys; all else must be the same.
            var problem = (await ReadAsync(response)).EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}");
            answers.Add((response.StatusCode, string.Join("|", problem), response.Headers.WwwAuthenticate.ToString()));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Unauthorized, answers[0].Problem, "Bearer"), answer));
        Assert.Null(Values.Get("leads", new IsoWeek(2026, 43)));
    }

    [Fact]
    public async Task PostValues_BodyOverTheLimit_413AndNothingStored()
    {
        using var http = For(_bot, NewKey(_bot, "big"));
        var items = string.Join(",", Enumerable.Range(1, 100).Select(_ => """{"metric": "leads", "week": "2026-W44", "value": "1"}"""));

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json($$"""{"values": [{{items}}]}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("At most 4096 bytes are accepted.", (await ReadAsync(response)).GetProperty("detail").GetString());
        Assert.Null(Values.Get("leads", new IsoWeek(2026, 44)));
    }

    [Fact]
    public async Task PostValues_MalformedJson_400WithThePosition()
    {
        using var http = For(_bot, NewKey(_bot, "typo"));

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("{\"values\": [\n  {\"metric\": \"leads\" \"week\": \"2026-W45\"}\n]}"));
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((2, 22), (problem.GetProperty("line").GetInt32(), problem.GetProperty("position").GetInt32()));
        Assert.Equal("The JSON breaks at line 2, position 22.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PostValues_MetricOutsideTheKeysScope_403AndNothingStored()
    {
        using var http = For(_bot, NewKey(_bot, "ads-only", "leads", "ad_spend"));

        using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""
            {"values": [{"metric": "leads", "week": "2026-W46", "value": "3"}, {"metric": "calls", "week": "2026-W46", "value": "3"}]}
            """));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["calls"], (await ReadAsync(response)).GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Null(Values.Get("leads", new IsoWeek(2026, 46)));
    }

    [Fact]
    public async Task GetScorecardAndPlans_AfterAWriteAndAPlan_TheJsonReportAndThePlans()
    {
        using var http = For(_bot, NewKey(_bot, "reader"));
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 9), 400m), ChangeAuthor.Cli);
        using var written = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""{"values": [{"metric": "leads", "week": "2026-W39", "value": "95"}]}"""));

        using var report = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/scorecard?date=2026-09-24", UriKind.Relative)));
        using var plans = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/plans?year=2026", UriKind.Relative)));
        using var badWeek = await http.GetAsync(new Uri("/api/v1/scorecard?week=2026-W60", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("2026-W39", report.RootElement.GetProperty("week").GetString());
        var leads = report.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("key").GetString() == "leads");
        Assert.Equal(95m, leads.GetProperty("week").GetProperty("actual").GetDecimal());
        Assert.Contains(
            plans.RootElement.GetProperty("plans").EnumerateArray(),
            plan => plan.GetProperty("metric").GetString() == "leads" && plan.GetProperty("period").GetString() == "2026-09"
                && plan.GetProperty("kind").GetString() == "month" && plan.GetProperty("value").GetDecimal() == 400m);
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
    }
}
