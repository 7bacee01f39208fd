using System.Net;
using System.Text.Json;
using FunnelBot.Tests.Bot.Support;
using static FunnelBot.Tests.HttpApi.Support.PushApiClient;

namespace FunnelBot.Tests.Attention;

/// <summary>
/// Numbers that break a funnel rule and came unconfirmed by the push API: the JSON report marks the rule broken and
/// unconfirmed, <c>/attention</c> lists it, and the manager confirms it with <c>/edit</c> and the same value, after which
/// the report says confirmed and nothing needs her.
/// </summary>
public sealed class AttentionFromApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(now: Friday, settings: new Dictionary<string, string>
    {
        ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ApiValuesBreakingARule_InTheReportAndInAttention_ConfirmedByEditingTheSameValue()
    {
        using var http = For(_bot, NewKey(_bot, "crm-sync"));
        using var written = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), Json("""
            {"values": [
              {"metric": "leads", "week": "2026-W48", "value": "4"},
              {"metric": "qualified", "week": "2026-W48", "value": "9"},
              {"metric": "ad_spend", "week": "2026-W48", "value": "100"},
              {"metric": "open_rate", "week": "2026-W48", "value": "0.3"},
              {"metric": "calls", "week": "2026-W48", "value": "20"}
            ]}
            """));
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        using (var answer = JsonDocument.Parse(await written.Content.ReadAsStringAsync()))
        {
            // Stored all the same, and the answer says which rule the values break.
            Assert.Equal(5, answer.RootElement.GetProperty("changed").GetInt32());
            var warning = Assert.Single(answer.RootElement.GetProperty("funnelWarnings").EnumerateArray());
            Assert.Equal(("qualified", "leads", "2026-W48", 9m, 4m), (
                warning.GetProperty("metric").GetString(), warning.GetProperty("atMost").GetString(), warning.GetProperty("to").GetString(),
                warning.GetProperty("value").GetDecimal(), warning.GetProperty("atMostValue").GetDecimal()));
        }

        Assert.Equal(("broken", false), await FunnelCheckAsync(http));
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var listed = await _bot.SayAsync(maria, "/attention");

        Assert.Equal(
            "What needs you · week 23–29 November 2026\n\n"
            + "Numbers that do not fit the funnel, not confirmed\n"
            + "• Qualified leads: 9 is more than Leads: 4\n"
            + "Correct a value: /edit qualified 2026-W48 value; the same value given to /edit confirms it",
            listed.Text);

        await _bot.SayAsync(maria, "/edit qualified 2026-W48 9");
        await _bot.PressAsync(maria, "Yes, that's right");
        var after = await _bot.SayAsync(maria, "/attention");

        Assert.Equal("What needs you · week 23–29 November 2026\nNothing needs you.", after.Text);
        Assert.Equal(("broken", true), await FunnelCheckAsync(http));
    }

    private static async Task<(string? Result, bool Confirmed)> FunnelCheckAsync(HttpClient http)
    {
        using var report = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/scorecard?week=2026-W48", UriKind.Relative)));
        var check = Assert.Single(report.RootElement.GetProperty("funnelChecks").EnumerateArray());
        return (check.GetProperty("result").GetString(), check.GetProperty("confirmed").GetBoolean());
    }
}
