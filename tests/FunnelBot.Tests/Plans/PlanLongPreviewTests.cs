using System.Globalization;
using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// A preview longer than Telegram's 4096 characters is split at lines, and all its buttons go on its last part: the
/// choice for incomplete months, Confirm / Cancel and "replace manual plans too". Each of 80 extra metrics has every
/// week of May 2026 (W19..W22) = its number; metric 01 also has November 2025, so the unfinished November 2026 can be
/// taken from two years back; metric 05 has a plan for May 2027 set by hand. "Now" is 27 November 2026.
/// </summary>
public sealed class PlanLongPreviewTests : IAsyncLifetime
{
    private const int ExtraMetrics = 80;
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        var configuration = TestTeam.Configuration();
        var metrics = configuration["Metrics"]!.AsArray();
        for (var i = 1; i <= ExtraMetrics; i++)
        {
            var metric = metrics[0]!.DeepClone().AsObject();
            metric["Key"] = Key(i);
            metric["Names"] = new JsonObject { ["Ru"] = $"Метрика {i}", ["En"] = $"Metric number {i}" };
            metrics.Add(metric);
        }

        _bot = await BotTestHost.StartAsync(configuration);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"metric_{i:D2}");

    [Fact]
    public async Task FromLastYear_ManyMetrics_SplitUnderTheLimitButtonsOnTheLastPart()
    {
        var may = new YearMonth(2026, 5).Weeks;
        _bot.Service<WeeklyValueStore>().SetAll(
            [
                .. Enumerable.Range(1, ExtraMetrics).SelectMany(i => may.Select(week => new WeeklyValue(Key(i), week, i))),
                .. new YearMonth(2025, 11).Weeks.Select(week => new WeeklyValue(Key(1), week, 10)),
            ],
            ChangeAuthor.Cli);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth(Key(5), new YearMonth(2027, 5), 1m, "by hand"), new ChangeAuthor("maria", ChangeSource.Chat));
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var before = _bot.LastMessageId(maria.Id);
        await _bot.Driver.SendTextAsync(maria.Id, "/plan fromlastyear 10");
        var parts = await PreviewAfterAsync(maria.Id, before);

        Assert.Contains("Metric number 80: actual 320 → plan 352", Joined(parts), StringComparison.Ordinal); // 4 x 80 x 1.1
        Assert.Contains("• Metric number 5, May 2027: 1 — “by hand”; calculated: 22", Joined(parts), StringComparison.Ordinal);
        Assert.Equal(
            [["Take them from 2025"], ["✅ Confirm", "✖ Cancel"], ["Replace manual plans too"]],
            parts[^1].ReplyMarkup!.Rows.Select(row => row.Select(button => button.Text).ToArray()).ToArray());

        // The choice computes it again: the pressed part says so, and the new preview follows, split the same way.
        var pressed = parts[^1];
        before = _bot.LastMessageId(maria.Id);
        await _bot.Driver.PressButtonAsync(maria.Id, maria.Id, pressed.MessageId, pressed.ReplyMarkup!.Buttons.First().CallbackData!);
        var again = await PreviewAfterAsync(maria.Id, before);

        Assert.Equal("The preview has changed; the new one is below.", _bot.Driver.BotMessages(maria.Id).Single(m => m.MessageId == pressed.MessageId).Text);
        Assert.Contains("Metric number 1: actual 44 → plan 48\n   no data for January, February, March, April, June, July, August, September and October 2026\n   from the actuals of 2025: November", Joined(again), StringComparison.Ordinal);
        Assert.Equal("Leave them without a plan", again[^1].ReplyMarkup!.Buttons.First().Text);

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Equal("✅ Plans for 2027 stored: 80 changed.\nPlans set by hand kept: 1.", result.Text);
        var plans = _bot.Service<PlanStore>();
        Assert.Equal(81, plans.Count());
        Assert.Equal(352m, plans.Get("metric_80|2027-05")!.Value);
        Assert.Equal(44m, plans.Get("metric_01|2027-11")!.Value); // 4 x 10 x 1.1, from November 2025
        Assert.Equal((1m, "by hand"), (plans.Get("metric_05|2027-05")!.Value, plans.Get("metric_05|2027-05")!.Note));
    }

    /// <summary>Waits for the bot's messages after <paramref name="before"/> up to the one with buttons, and checks the split.</summary>
    private async Task<List<ChatMessage>> PreviewAfterAsync(long chat, int before)
    {
        var last = await _bot.Driver.WaitForMessageAsync(chat, m => m.MessageId > before && m.ReplyMarkup is not null, BotTestHost.Timeout);
        var parts = _bot.Driver.BotMessages(chat).Where(m => m.MessageId > before && m.MessageId <= last.MessageId).ToList();
        Assert.True(parts.Count >= 2);
        Assert.All(parts, part => Assert.True(part.RawText!.Length <= 4096));
        Assert.All(parts[..^1], part => Assert.Null(part.ReplyMarkup));
        return parts;
    }

    private static string Joined(IEnumerable<ChatMessage> parts) => string.Join("\n", parts.Select(part => part.Text));
}
