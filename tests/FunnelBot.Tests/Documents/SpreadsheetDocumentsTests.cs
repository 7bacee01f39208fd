using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using MiniExcelLibs;

namespace FunnelBot.Tests.Documents;

/// <summary>
/// <c>/export</c>'s question about the format and the workbooks and Russian files it sends, end to end through the
/// emulator with real LiteDB files: what a manager exports, sent back as a document to a fresh bot, gives the same
/// stores, and sent back to the same bot changes nothing.
/// </summary>
public sealed class SpreadsheetDocumentsTests
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Export_NoFormat_AsksCsvOrExcel_ExcelSendsFiveWorkbooksAndTheButtonsGo()
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        await bot.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(false, "metric,week,value", "leads,2026-W47,9", "ad_spend,2026-W47,999.99"));

        var question = await bot.SayAsync(maria, "/export");
        Assert.Equal("Which format? CSV for scripts and other programs, Excel to work in a spreadsheet.", question.Text);
        Assert.Equal(["CSV", "Excel"], question.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(question.Attachment);

        var documents = await PressForDocumentsAsync(bot, maria, "Excel", 5);

        Assert.Equal(
            ["actuals-2026-11-27.xlsx", "plans-2026-11-27.xlsx", "plan-history-2026-11-27.xlsx", "causes-2026-11-27.xlsx", "tasks-2026-11-27.xlsx"],
            documents.Select(d => d.Attachment!.FileName));
        var edited = bot.Driver.Messages(maria.Id).Single(m => m.MessageId == question.MessageId);
        Assert.Equal("Format: Excel. The files follow.", edited.Text);
        Assert.True(edited.ReplyMarkup is null || !edited.ReplyMarkup.Buttons.Any());
        var actuals = Rows(bot.ContentOf(documents[0]));
        Assert.Equal([["metric", "week", "value"], ["leads", "2026-W47", 9d], ["ad_spend", "2026-W47", 999.99d]], actuals);
        Assert.Equal("Weekly values as of 27/11/2026. Send it back, changed, to import it.", documents[0].Caption);
    }

    [Fact]
    public async Task Export_OneFileWithoutFormat_AsksThenSendsOnlyIt()
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");

        var question = await bot.SayAsync(maria, "/export plans");
        var documents = await PressForDocumentsAsync(bot, maria, "CSV", 1);

        Assert.Equal(["CSV", "Excel"], question.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Equal("plans-2026-11-27.csv", Assert.Single(documents).Attachment!.FileName);
        Assert.Equal(["metric,period,value,note"], ExportDocumentsTests.Lines(bot.ContentOf(documents[0])));
    }

    [Theory]
    [InlineData("ru", "Excel", ".xlsx")]
    [InlineData("ru", "CSV", ".csv")]
    [InlineData("en", "Excel", ".xlsx")]
    public async Task ExportedActualsAndPlans_SentToAFreshBot_GiveTheSameStores_AndToTheSameBotChangeNothing(string locale, string button, string extension)
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = locale;
        await using var first = await BotTestHost.StartAsync(configuration);
        var maria = await first.JoinAsync("maria_lead", "Maria", locale);
        await first.SendFileAsync(maria, "plans.csv", DocumentChat.Csv(
            true,
            "metric,period,value,note",
            "leads,2026,530",
            "leads,2026-W49,0,\"=Отпуск; \"\"Анна\"\"\"",
            "ad_spend,2026-11,4000.50",
            "qualification_rate,2026,0.4"));
        await first.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(
            false, "metric;week;value", "leads;2026-W46;11", "leads;2026-W47;9", "ad_spend;2026-W47;1 999,99", "open_rate;2026-W47;35.5"));
        await first.SayAsync(maria, "/export");
        var exported = await PressForDocumentsAsync(first, maria, button, 5);
        var plans = exported.Single(d => d.Attachment!.FileName == "plans-2026-11-27" + extension);
        var actuals = exported.Single(d => d.Attachment!.FileName == "actuals-2026-11-27" + extension);

        await using var second = await BotTestHost.StartAsync(configuration);
        var mariaAgain = await second.JoinAsync("maria_lead", "Maria", locale);
        var plansReply = await second.SendFileAsync(mariaAgain, plans.Attachment!.FileName!, first.ContentOf(plans), MimeOf(extension));
        var actualsReply = await second.SendFileAsync(mariaAgain, actuals.Attachment!.FileName!, first.ContentOf(actuals), MimeOf(extension));
        var plansAgain = await first.SendFileAsync(maria, plans.Attachment!.FileName!, first.ContentOf(plans), MimeOf(extension));
        var actualsAgain = await first.SendFileAsync(maria, actuals.Attachment!.FileName!, first.ContentOf(actuals), MimeOf(extension));

        var russian = locale == "ru";
        Assert.Equal(
            russian ? $"✅ plans-2026-11-27{extension}: прочитано записей плана: 15 (строка года даёт 12 месяцев), изменилось: 15, без изменений: 0."
                : $"✅ plans-2026-11-27{extension}: plan entries read: 15 (a year row gives 12 months), changed: 15, unchanged: 0.",
            plansReply.Text);
        Assert.Equal(
            russian ? $"✅ actuals-2026-11-27{extension}: прочитано значений по неделям: 4, изменилось: 4, без изменений: 0."
                : $"✅ actuals-2026-11-27{extension}: weekly values read: 4, changed: 4, unchanged: 0.",
            actualsReply.Text);
        Assert.Equal(first.Service<PlanStore>().All(), second.Service<PlanStore>().All());
        Assert.Equal(first.Service<WeeklyValueStore>().All(), second.Service<WeeklyValueStore>().All());
        Assert.Equal("=Отпуск; \"Анна\"", second.Service<PlanStore>().Get("leads|2026-W49")!.Note);
        Assert.Equal(1999.99m, second.Service<WeeklyValueStore>().Get("ad_spend", new IsoWeek(2026, 47)));
        Assert.EndsWith(russian ? "изменилось: 0, без изменений: 15." : "changed: 0, unchanged: 15.", plansAgain.Text, StringComparison.Ordinal);
        Assert.EndsWith(russian ? "изменилось: 0, без изменений: 4." : "changed: 0, unchanged: 4.", actualsAgain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ForRussianManager_WorkbookHasRussianHeadersNamesDatesAndNumericCells()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = "ru";
        await using var bot = await BotTestHost.StartAsync(configuration);
        var maria = await bot.JoinAsync("maria_lead", "Мария", "ru");
        await bot.SendFileAsync(maria, "plans.csv", DocumentChat.Csv(false, "metric,period,value,note", "ad_spend,2026-11,4000.50,ярмарка", "leads,2026-W49,0"));
        await bot.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(false, "metric,week,value", "ad_spend,2026-W48,1250.5"));

        var question = await bot.SayAsync(maria, "/export");
        var documents = await PressForDocumentsAsync(bot, maria, "Excel", 5);

        Assert.Equal("В каком формате прислать? CSV — для скриптов и других программ, Excel — для работы в таблице.", question.Text);
        Assert.Equal(
            [["Код метрики", "Метрика", "Код недели", "Неделя", "Значение"], ["ad_spend", "Расход на рекламу", "2026-W48", "23.11.2026–29.11.2026", 1250.5d]],
            Rows(bot.ContentOf(documents[0])));
        Assert.Equal(
            [
                ["Код метрики", "Метрика", "Код периода", "Период", "План", "Примечание"],
                ["leads", "Лиды", "2026-W49", "30.11.2026–06.12.2026", 0d, null],
                ["ad_spend", "Расход на рекламу", "2026-11", "ноябрь 2026", 4000.5d, "ярмарка"],
            ],
            Rows(bot.ContentOf(documents[1])));
        Assert.Equal("Формат: Excel. Файлы ниже.", bot.Driver.Messages(maria.Id).Single(m => m.MessageId == question.MessageId).Text);
    }

    [Fact]
    public async Task Document_WorkbookWithBadCells_RefusedWithTheCsvWordsAndRowNumbers_NothingStored()
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        object?[][] rows = [["metric", "week", "value"], ["leads", "2026-W46", 11m], ["leads", "2026-W47", "abc"], [null, null, null], ["nope", "2026-W54", -1m]];

        var workbook = await bot.SendFileAsync(maria, "bad.xlsx", Workbook(rows), Xlsx);
        var csv = await bot.SendFileAsync(maria, "bad.csv", DocumentChat.Csv(false, "metric,week,value", "leads,2026-W46,11", "leads,2026-W47,abc", "", "nope,2026-W54,-1"));

        Assert.Equal(
            "❌ bad.xlsx was refused, nothing was imported. Bad lines: 2.\n"
            + "line 3: “abc” is not a number. Expected: a whole number ≥ 0, for example 12.\n"
            + "line 5: unknown metric 'nope'; '2026-W54' is not an ISO week such as 2026-W10",
            workbook.Text);
        Assert.Equal(workbook.Text, csv.Text!.Replace("bad.csv", "bad.xlsx", StringComparison.Ordinal));
        Assert.Empty(bot.Service<WeeklyValueStore>().All());
    }

    [Fact]
    public async Task Document_RussianWorkbookTypedByHand_DateCellIsItsMonth_TextNumbersWithADecimalComma()
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        object?[][] rows =
        [
            [null, null, null, null],
            ["Код метрики", "Код периода", "План", "Примечание"],
            ["leads", new DateTime(2026, 4, 1), 45m, "ярмарка"],
            ["ad_spend", "2026-05", "1 234,5", null],
            ["qualification_rate", 2026m, 0.4m, null],
        ];

        var reply = await bot.SendFileAsync(maria, "планы.xlsx", Workbook(rows), Xlsx);

        Assert.Equal("✅ планы.xlsx: plan entries read: 3 (a year row gives 12 months), changed: 3, unchanged: 0.", reply.Text);
        var plans = bot.Service<PlanStore>();
        Assert.Equal((45m, "ярмарка"), (plans.Get("leads|2026-04")!.Value, plans.Get("leads|2026-04")!.Note));
        Assert.Equal(1234.5m, plans.Get("ad_spend|2026-05")!.Value);
        Assert.Equal(0.4m, plans.Get("qualification_rate|2026")!.Value);
    }

    [Theory]
    [InlineData("notes.xlsx")]
    [InlineData("empty.xlsx")]
    public async Task Document_WorkbookWithoutADataHeader_SaysWhatTheHeaderMustBe(string fileName)
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        object?[][] rows = fileName == "empty.xlsx" ? [[null, null]] : [["name", "amount"], ["leads", 12m]];

        var reply = await bot.SendFileAsync(maria, fileName, Workbook(rows), Xlsx);

        Assert.StartsWith(fileName == "empty.xlsx" ? "empty.xlsx is empty" : "I can't tell what notes.xlsx is.", reply.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Service<PlanStore>().All());
    }

    private static string MimeOf(string extension) => extension == ".xlsx" ? Xlsx : "text/csv";

    /// <summary>Presses a format button and waits for the documents that follow it.</summary>
    private static async Task<IReadOnlyList<ChatMessage>> PressForDocumentsAsync(BotTestHost bot, SandboxUser user, string button, int count)
    {
        var before = bot.LastMessageId(user.Id);
        await bot.PressAsync(user, button);
        List<ChatMessage> Documents() => [.. bot.Driver.BotMessages(user.Id).Where(m => m.MessageId > before && m.Attachment?.Kind == AttachmentKind.Document)];
        await Eventually.TrueAsync(() => Documents().Count >= count, BotTestHost.Timeout);
        return Documents();
    }

    /// <summary>The cells of a workbook's first sheet, as MiniExcel reads them (numbers as doubles).</summary>
    private static List<List<object?>> Rows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(row => row.Values.ToList())];
    }

    /// <summary>A workbook of one sheet with these cells, as a person might make it.</summary>
    private static byte[] Workbook(object?[][] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(row => row.Select((cell, index) => (Column: ((char)('A' + index)).ToString(), cell)).ToDictionary(pair => pair.Column, pair => pair.cell)), printHeader: false);
        return stream.ToArray();
    }
}
