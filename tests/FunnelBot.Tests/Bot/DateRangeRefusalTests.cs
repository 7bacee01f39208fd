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
    [InlineData("/checkin 0001-W01", "“0001-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/edit leads 0001-W01 5", "“0001-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/status 0001-W01", "“0001-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/status 9998-W52", "“9998-W52”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/chart 1899-W52", "“1899-W52”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/digest 1899-W52", "“1899-W52”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/reasons 1899", "“1899”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/reasons 3000-12", "“3000-12”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan leads 3000", "“3000”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan set leads 0001-W01 5", "“0001-W01”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan set leads 1899 5", "“1899”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan fromlastyear 15 3000", "“3000”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/plan fromlastyear 15 leads 1899", "“1899”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/away 31.12.1899", "“31.12.1899”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/away 1899-W52", "“1899-W52”: only dates and weeks from 1900 to 2999 are accepted.")]
    [InlineData("/task Call back 31/12/1899", "“31/12/1899”: only dates and weeks from 1900 to 2999 are accepted.")]
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

    [Fact]
    public async Task FirstSupportedWeek_EditedAfterConfirmation_StatusAndReportWork()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var confirmation = await _bot.SayAsync(anna, "/edit leads 1900-W01 5");
        Assert.StartsWith("Leads for the week of 1–7 January 1900: — → 5.", confirmation.Text, StringComparison.Ordinal);

        await _bot.PressAsync(anna, "Yes, store it");
        var status = await _bot.SayAsync(anna, "/status 1900-W01");
        var stored = _bot.Service<WeeklyValueStore>().Get("leads", new Domain.Periods.IsoWeek(1900, 1));
        await _bot.StopBotAsync();
        using var cli = new StringWriter();
        using var error = new StringWriter();
        var exit = await FunnelBot.Cli.FunnelBotCli.RunAsync(
            ["report", "--week", "1900-W01", "--json", "--config", _bot.ConfigPath, "--db", _bot.DatabasePath], cli, error, _bot.Time, new System.Collections.Hashtable());

        Assert.Equal(5m, stored);
        Assert.Contains("1–7 January 1900", status.Text, StringComparison.Ordinal);
        Assert.True(exit == 0, error.ToString());
        Assert.Contains("\"1900-W01\"", cli.ToString(), StringComparison.Ordinal);
    }
}
