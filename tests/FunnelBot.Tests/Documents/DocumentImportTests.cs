using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

public sealed class DocumentImportTests : IAsyncLifetime
{
    private static readonly IsoWeek W47 = new(2026, 47);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    private PlanStore Plans => _bot.Service<PlanStore>();

    [Fact]
    public async Task ActualsDocument_FromManager_StoredWithHerNameAndCounted_SameFileAgainChangesNothing()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(false, "metric,week,value", "leads,2026-W47,12", "ad_spend,2026-W47,1500.50", "calls,2026-W47,30");

        var reply = await _bot.SendFileAsync(maria, "actuals.csv", file);

        Assert.Equal("✅ actuals.csv: weekly values read: 3, changed: 3, unchanged: 0.", reply.Text);
        Assert.Equal(12m, Values.Get("leads", W47));
        Assert.Equal(1500.50m, Values.Get("ad_spend", W47));
        Assert.Equal(30m, Values.Get("calls", W47));
        var change = Assert.Single(Values.History("leads", W47));
        Assert.Equal(("maria", ChangeSource.Import), (change.Who, change.Source));

        var again = await _bot.SendFileAsync(maria, "actuals.csv", file);

        Assert.Equal("✅ actuals.csv: weekly values read: 3, changed: 0, unchanged: 3.", again.Text);
        Assert.Single(Values.History("leads", W47));
    }

    [Fact]
    public async Task PlansDocument_YearMonthWeekAndRatioRows_StoredInFileOrder()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(
            false,
            "metric,period,value,note",
            "leads,2026,530",
            "leads,2026-12,60",
            "leads,2026-W49,0,\"Отпуск \"\"Анны\"\" <b>\"",
            "qualification_rate,2026,0.4");

        var reply = await _bot.SendFileAsync(maria, "plans.csv", file);

        Assert.Equal("✅ plans.csv: plan entries read: 15 (a year row gives 12 months), changed: 14, unchanged: 0.", reply.Text);
        Assert.Equal(60m, Plans.Get("leads|2026-12")!.Value);
        Assert.Equal(50m, Plans.Get("leads|2026-01")!.Value); // 530 x 5 weeks / 53
        Assert.Equal("Отпуск \"Анны\" <b>", Plans.Get("leads|2026-W49")!.Note);
        Assert.Equal(0.4m, Plans.Get("qualification_rate|2026")!.Value);
        Assert.Equal(14, Plans.Count());
    }

    [Fact]
    public async Task BadDocument_EveryBadLineNumberedAndEscaped_NothingStored()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(
            false,
            "metric,week,value",
            "<script>,2026-W47,1",
            "leads,2026-W47,12",
            "leads,2026-W99,3",
            "calls,2026-W47,-1",
            "ad_spend,2026-W47,1.234");

        var reply = await _bot.SendFileAsync(maria, "bad & <worse>.csv", file);

        Assert.StartsWith("❌ bad & <worse>.csv was refused, nothing was imported. Bad lines: 4.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 2: unknown metric '<script>'", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 4: '2026-W99' is not an ISO week", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 5: “-1”: the value can't be negative. Expected: a whole number ≥ 0, for example 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 6: “1.234”: at most 2 decimals are allowed. Expected: an amount ≥ 0 with at most 2 decimals, for example 1234.5.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 3:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Values.Count());
    }

    [Fact]
    public async Task BadDocument_MoreThanTwentyBadLines_ShowsTwentyAndCountsTheRest()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        string[] rows = ["metric,week,value", .. Enumerable.Range(1, 25).Select(i => $"nope{i},2026-W47,1")];

        var reply = await _bot.SendFileAsync(maria, "many.csv", DocumentChat.Csv(false, rows));

        Assert.Contains("Bad lines: 25.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 21: unknown metric 'nope20'", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 22:", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("…and 5 more.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Values.Count());
    }

    [Theory]
    [InlineData(true, ",", "\n")]
    [InlineData(false, ";", "\n")]
    [InlineData(true, ";", "\r\n")]
    [InlineData(true, ",", "\r\n")]
    public async Task ActualsDocument_BomSemicolonsOrCrLf_ReadTheSame(bool bom, string separator, string newLine)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var text = string.Join(newLine, ["metric,week,value", "leads,2026-W47,12", "calls,2026-W47,7"]).Replace(",", separator, StringComparison.Ordinal) + newLine;
        byte[] file = [.. (bom ? DocumentChat.Bom : []), .. System.Text.Encoding.UTF8.GetBytes(text)];

        var reply = await _bot.SendFileAsync(maria, "actuals.csv", file);

        Assert.Equal("✅ actuals.csv: weekly values read: 2, changed: 2, unchanged: 0.", reply.Text);
        Assert.Equal(12m, Values.Get("leads", W47));
        Assert.Equal(7m, Values.Get("calls", W47));
    }

    [Fact]
    public async Task ActualsDocument_DecimalComma_ReadInSemicolonFilesOnly()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var semicolons = await _bot.SendFileAsync(maria, "ru.csv", DocumentChat.Csv(true, "metric;week;value", "ad_spend;2026-W47;1500,50"));
        var commas = await _bot.SendFileAsync(maria, "en.csv", DocumentChat.Csv(false, "metric,week,value", "ad_spend,2026-W46,\"1500,50\""));

        Assert.Equal("✅ ru.csv: weekly values read: 1, changed: 1, unchanged: 0.", semicolons.Text);
        Assert.Equal(1500.50m, Values.Get("ad_spend", W47));
        Assert.Contains("line 2: “1500,50” is not a number. Expected: an amount ≥ 0 with at most 2 decimals, for example 1234.5.", commas.Text, StringComparison.Ordinal);
        Assert.Equal(1, Values.Count());
    }

    [Fact]
    public async Task SemicolonDocument_AsARussianSpreadsheetSavesIt_ThousandsWithSpacesAndDecimalCommasRead()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(
            true, "metric;week;value", "ad_spend;2026-W47;1 850 000,50", "ad_spend;2026-W46;1\u00A0850\u00A0000,25", "leads;2026-W47;1\u202F200", "open_rate;2026-W47;42,5");

        var reply = await _bot.SendFileAsync(maria, "excel.csv", file);

        Assert.Equal("✅ excel.csv: weekly values read: 4, changed: 4, unchanged: 0.", reply.Text);
        Assert.Equal(1_850_000.50m, Values.Get("ad_spend", W47));
        Assert.Equal(1_850_000.25m, Values.Get("ad_spend", W47.Previous));
        Assert.Equal(1200m, Values.Get("leads", W47));
        Assert.Equal(42.5m, Values.Get("open_rate", W47));
    }

    [Fact]
    public async Task CommaDocument_GroupedQuotedNumber_ReadWithAPointForDecimals()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SendFileAsync(maria, "en.csv", DocumentChat.Csv(false, "metric,week,value", "ad_spend,2026-W47,\"1,850,000.50\"", "leads,2026-W47,1 200"));

        Assert.Equal("✅ en.csv: weekly values read: 2, changed: 2, unchanged: 0.", reply.Text);
        Assert.Equal(1_850_000.50m, Values.Get("ad_spend", W47));
        Assert.Equal(1200m, Values.Get("leads", W47));
    }

    [Fact]
    public async Task SemicolonDocument_BadNumber_ToldCommaOrPointForDecimals()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SendFileAsync(maria, "ru.csv", DocumentChat.Csv(false, "metric;week;value", "leads;2026-W47;abc"));

        Assert.Contains("line 2: “abc” is not a number. Expected: a whole number ≥ 0, for example 12.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Values.Count());
    }

    [Fact]
    public async Task PlansDocument_WithImportCaptionAndPlainTextMime_CaptionIgnoredFileImported()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(false, "metric;period;value", "leads;2026-12;60");

        var reply = await _bot.SendFileAsync(maria, "plans.txt", file, "text/plain", caption: "/import");

        Assert.Equal("✅ plans.txt: plan entries read: 1 (a year row gives 12 months), changed: 1, unchanged: 0.", reply.Text);
        Assert.Equal(60m, Plans.Get("leads|2026-12")!.Value);
    }
}
