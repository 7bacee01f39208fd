using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Weeks and dates outside 1900..2999, typed in the chat, are refused naming the range; nothing is stored.</summary>
public sealed class DateRangeRefusalTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/status 3000-W01", "“3000-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/checkin 1899-W52", "“1899-W52”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/edit leads 3000-W01 5", "“3000-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/chart 3000-W01", "“3000-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/away 21/12/3000", "“21/12/3000”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/away 2026-W52 3000-W01 holidays", "“3000-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/digest 3000-W01", "“3000-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/reasons 3000-Q1", "“3000-Q1”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan set leads 3000-03 5", "“3000-03”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/task Call back 3000-12-05", "“3000-12-05”: only dates and weeks from 1900 to 2999 are accepted.")]
    public async Task Command_YearOutsideTheRange_RefusedNamingTheRange(string command, string expected)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
        Assert.Empty(_bot.Service<WorkTaskStore>().All());
    }

    [Fact]
    public async Task Due_RussianDateOutsideTheRange_RefusedInRussian()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Иван", languageCode: "ru");
        await _bot.SayAsync(ivan, "/task Перезвонить клиенту");

        var reply = await _bot.SayAsync(ivan, "/due 1 05.12.3000");

        Assert.Equal("«05.12.3000»: подходят только даты и недели с 1900 по 2999 год.", reply.Text);
    }
}
