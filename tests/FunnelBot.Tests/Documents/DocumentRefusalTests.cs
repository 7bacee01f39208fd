using System.Text;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

public sealed class DocumentRefusalTests : IAsyncLifetime
{
    private static readonly byte[] GoodActuals = DocumentChat.Csv(false, "metric,week,value", "leads,2026-W47,12");
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string, byte[], string> BadFiles() => new()
    {
        { "report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04], "report.xlsx can't be read as an Excel workbook. Save it again as .xlsx or as “CSV UTF-8”" },
        { "report.xls", "application/vnd.ms-excel", [0xD0, 0xCF, 0x11, 0xE0], "report.xls is neither a CSV file nor an Excel workbook (.xlsx). Save the table as .xlsx or as “CSV UTF-8”" },
        { "zipped.csv", "text/csv", [0x50, 0x4B, 0x03, 0x04, 0x00], "zipped.csv can't be read as an Excel workbook." },
        { "numbers.csv", "text/csv", DocumentChat.Csv(false, "name,amount", "leads,12"), "must be a header: metric,week,value for weekly values, or metric,period,value,note for plans" },
        { "tabs.csv", "text/csv", DocumentChat.Csv(false, "metric\tweek\tvalue", "leads\t2026-W47\t12"), "I can't tell what tabs.csv is." },
        { "cp1251.csv", "text/csv", [.. GoodActuals, .. "leads,2026-W48,1,"u8, 0xCE, 0xF2, 0x0A], "cp1251.csv is not in UTF-8. Save it as “CSV UTF-8”" },
        { "unicode.csv", "text/csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("metric,week,value\n")], "unicode.csv is not in UTF-8." },
        { "utf16-no-bom.csv", "text/csv", Encoding.Unicode.GetBytes("metric,week,value\n"), "utf16-no-bom.csv is not in UTF-8." },
        { "empty.csv", "text/csv", [], "empty.csv is empty: there is nothing to import." },
        { "bom-only.csv", "text/csv", [.. DocumentChat.Bom, 0x0A], "bom-only.csv is empty" },
        { "big.csv", "text/csv", [.. GoodActuals, .. Enumerable.Repeat((byte)'\n', 2 * 1024 * 1024)], "big.csv is too big: I import files up to 2 MB." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Document_NotAnImportableCsv_SaysWhyAndStoresNothing(string fileName, string mimeType, byte[] content, string expected)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SendFileAsync(maria, fileName, content, mimeType);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

    [Theory]
    [InlineData("anna_ads", "Sorry, only the manager can do that.")]
    [InlineData("sergey_sales", "Sorry, only the manager can do that.")]
    [InlineData("ivan_calls", "Извините, это может только руководитель.")]
    public async Task Document_FromMemberOrObserver_RefusedAsManagerOnly(string username, string expected)
    {
        var user = await _bot.JoinAsync(username, "User");

        var reply = await _bot.SendFileAsync(user, "actuals.csv", GoodActuals);

        Assert.Equal(expected, reply.Text);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Document_FromStranger_ToldTheBotServesTheTeamOnly()
    {
        var mallory = _bot.Driver.CreateUser("Mallory", "mallory", "en");

        var reply = await _bot.SendFileAsync(mallory, "actuals.csv", GoodActuals);

        Assert.Contains("works only for its team's members", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Test <Team>", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Document_InGroupFromManager_IgnoredAndNothingStored()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup();

        await _bot.Driver.SendDocumentAsync(maria.Id, "actuals.csv", "text/csv", GoodActuals, group.Id);
        var reply = await _bot.SayAsync(maria, "/help@funnelbot_sandbox_bot", group.Id);

        Assert.Contains("What you can do", reply.Text, StringComparison.Ordinal);
        Assert.Single(_bot.Driver.BotMessages(group.Id));
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }
}
