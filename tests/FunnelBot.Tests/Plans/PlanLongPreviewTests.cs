using System.Globalization;
using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>A preview longer than Telegram's 4096 characters is split at lines, and Confirm / Cancel go on its last part.</summary>
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
        _bot.Service<WeeklyValueStore>().SetAll(
            Enumerable.Range(1, ExtraMetrics).Select(i => new WeeklyValue(Key(i), IsoWeek.Parse("2026-W20"), i)), ChangeAuthor.Cli);
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var before = _bot.LastMessageId(maria.Id);

        await _bot.Driver.SendTextAsync(maria.Id, "/plan fromlastyear 10");
        var last = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.ReplyMarkup is not null, BotTestHost.Timeout);

        var parts = _bot.Driver.BotMessages(maria.Id).Where(m => m.MessageId > before).ToList();
        Assert.True(parts.Count >= 2);
        Assert.All(parts, part => Assert.True(part.RawText!.Length <= 4096));
        Assert.Equal(last.MessageId, parts[^1].MessageId);
        Assert.All(parts[..^1], part => Assert.Null(part.ReplyMarkup));
        Assert.Contains("Metric number 80: 2026 80 → 2027 88", string.Join("\n", parts.Select(p => p.Text)), StringComparison.Ordinal);

        var result = await _bot.PressAsync(maria, "✅ Confirm");

        Assert.Contains("Plans stored: 80 changed.", result.Text, StringComparison.Ordinal);
        Assert.Equal(80, _bot.Service<PlanStore>().Count());
        Assert.Equal(88m, _bot.Service<PlanStore>().Get("metric_80|2027-05")!.Value); // 2026-W20: Thursday 14 May
    }
}
