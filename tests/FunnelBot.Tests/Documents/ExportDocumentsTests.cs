using System.Text;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

public sealed class ExportDocumentsTests : IAsyncLifetime
{
    private static readonly IsoWeek W47 = new(2026, 47);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_NoArgument_FiveCsvDocumentsWithBomHeadersAndCyrillicIntact()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SendFileAsync(maria, "plans.csv", DocumentChat.Csv(false, "metric,period,value,note", "leads,2026-W49,0,Отпуск Анны"));
        await _bot.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(false, "metric,week,value", "leads,2026-W47,9"));
        _bot.Service<WorkTaskStore>().Create(new NewWorkTask("Обзвонить новую базу", "anna", "maria", new DateOnly(2026, 12, 4), "leads", W47));
        _bot.Service<DeviationStore>().Update("leads", W47, deviation =>
        {
            deviation.Kind = DeviationKind.Negative;
            deviation.Causes = ["late_contact", "other"];
            deviation.OtherText = "Клиент в отпуске";
            deviation.Deviation = -3m;
            deviation.TaskNumber = 1;
            deviation.ReportedBy = "anna";
        });

        var documents = await _bot.ReceiveDocumentsAsync(maria, "/export csv", 5);

        Assert.Equal(
            ["actuals-2026-11-27.csv", "plans-2026-11-27.csv", "plan-history-2026-11-27.csv", "causes-2026-11-27.csv", "tasks-2026-11-27.csv"],
            documents.Select(d => d.Attachment!.FileName));
        Assert.All(documents, d => Assert.Equal(DocumentChat.Bom, _bot.ContentOf(d)[..3]));
        var files = documents.ToDictionary(d => d.Attachment!.FileName!, d => Lines(_bot.ContentOf(d)));
        Assert.Equal(["metric,week,value", "leads,2026-W47,9"], files["actuals-2026-11-27.csv"]);
        Assert.Equal(["metric,period,value,note", "leads,2026-W49,0,Отпуск Анны"], files["plans-2026-11-27.csv"]);
        Assert.Equal(
            ["at_utc,who,source,metric,period,old_value,new_value,old_note,new_note", "2026-11-27T12:00:00Z,maria,import,leads,2026-W49,,0,,Отпуск Анны"],
            files["plan-history-2026-11-27.csv"]);
        Assert.Equal(
            "2026-W47,leads,negative,-3,late_contact; other,Client not contacted in time; Other,Клиент в отпуске,,1,no,anna,2026-11-27T12:00:00Z",
            files["causes-2026-11-27.csv"][1]);
        Assert.Equal(
            "1,Обзвонить новую базу,anna,maria,2026-11-27T12:00:00Z,2026-12-04,open,leads,2026-W47,,",
            files["tasks-2026-11-27.csv"][1]);
        Assert.StartsWith("Weekly values as of 27/11/2026.", documents[0].Caption, StringComparison.Ordinal);
        Assert.Equal("Tasks as of 27/11/2026.", documents[4].Caption);
    }

    [Theory]
    [InlineData("/export tasks csv", "tasks-2026-11-27.csv", "number,title,owner,created_by,created_at_utc,due,status,metric,week,closed_at_utc,closed_by")]
    [InlineData("/export CSV Plan-History", "plan-history-2026-11-27.csv", "at_utc,who,source,metric,period,old_value,new_value,old_note,new_note")]
    [InlineData("/export causes csv", "causes-2026-11-27.csv", "week,metric,kind,deviation,cause_codes,cause_names,other_text,what_worked,countermeasure_task,no_countermeasure,reported_by,at_utc")]
    public async Task Export_OneFileOfEmptyData_SendsOnlyItWithItsHeader(string command, string fileName, string header)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var document = Assert.Single(await _bot.ReceiveDocumentsAsync(maria, command, 1));

        Assert.Equal(fileName, document.Attachment!.FileName);
        Assert.Equal([header], Lines(_bot.ContentOf(document)));
    }

    [Fact]
    public async Task Export_UnknownFile_SaysWhichFilesThereAre()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/export <everything>");

        Assert.Equal(
            "I don't know “<everything>”. Send /export for all files, or /export actuals, plans, plan-history, causes or tasks; add csv or xlsx to choose the format at once.",
            reply.Text);
        Assert.Null(reply.Attachment);
    }

    [Theory]
    [InlineData("anna_ads", false, "Sorry, only the manager can do that.")]
    [InlineData("sergey_sales", false, "Sorry, only the manager can do that.")]
    [InlineData("mallory", false, "Sorry, this bot serves only its team's members.")]
    [InlineData("maria_lead", true, "Please use this command in a private chat with me.")]
    public async Task Export_NotTheManagerInPrivate_RefusedWithoutFiles(string username, bool inGroup, string expected)
    {
        var user = username == "mallory" ? _bot.Driver.CreateUser("Mallory", username, "en") : await _bot.JoinAsync(username, "User");
        var chat = inGroup ? _bot.CreateTeamGroup().Id : user.Id;

        var reply = await _bot.SayAsync(user, inGroup ? "/export@funnelbot_sandbox_bot" : "/export", chat);

        Assert.Equal(expected, reply.Text);
        Assert.DoesNotContain(_bot.Driver.BotMessages(chat), m => m.Attachment is not null);
    }

    [Fact]
    public async Task Help_ForManager_MentionsImportAndExport_ForMemberNeither()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var forManager = await _bot.SayAsync(maria, "/help");
        var forMember = await _bot.SayAsync(anna, "/help");

        Assert.Contains("/export — CSV or Excel files of the data", forManager.Text, StringComparison.Ordinal);
        Assert.Contains("Send me a CSV or Excel file", forManager.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/export", forMember.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Send me a CSV", forMember.Text, StringComparison.Ordinal);
    }

    /// <summary>The lines of a UTF-8 file, its BOM dropped.</summary>
    internal static string[] Lines(byte[] content) =>
        Encoding.UTF8.GetString(content.AsSpan().StartsWith(DocumentChat.Bom) ? content[3..] : content).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
