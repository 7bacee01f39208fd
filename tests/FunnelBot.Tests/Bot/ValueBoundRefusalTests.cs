using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Every chat entry point refuses a value above 10^15 and names the limit; nothing is stored.</summary>
public sealed class ValueBoundRefusalTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Edit_ValueAboveTheBound_RefusedNamingTheLimit()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/edit leads 2026-W47 1000000000000001");

        Assert.Equal("“1000000000000001” is too large: a value is at most 1,000,000,000,000,000.\nExpected: a whole number ≥ 0, for example 12.", reply.Text);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 47)));
    }

    [Fact]
    public async Task CheckIn_AnswerAboveTheBound_RefusedNamingTheLimitInRussian()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Иван", languageCode: "ru");
        await _bot.SayAsync(ivan, "/checkin");
        await _bot.Driver.WaitForMessageAsync(ivan.Id, m => m.Text?.Contains("(1 из 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var reply = await _bot.SayAsync(ivan, "79000000000000000000000000000");

        Assert.StartsWith("«79000000000000000000000000000» — слишком большое число: значение не может быть больше 1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000.\nНужно целое число, 0 или больше", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task PlanSet_ValueAboveTheBound_RefusedNamingTheLimit()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var month = await _bot.SayAsync(maria, "/plan set leads 2026-03 79000000000000000000000000000");
        var target = await _bot.SayAsync(maria, "/plan set qualification_rate 2026 2000000000000000");

        Assert.Contains("is too large: a value is at most 1,000,000,000,000,000.", month.Text, StringComparison.Ordinal);
        Assert.Null(month.ReplyMarkup);
        Assert.DoesNotContain("Confirm", target.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }
}
