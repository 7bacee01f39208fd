using System.Collections;
using System.Text.Json;
using FunnelBot.Cli;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

public sealed class CheckInTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var plans = _bot.Service<PlanStore>();
        var author = new ChangeAuthor("test", ChangeSource.Cli);

        // November 2026 has 4 ISO weeks (Thursdays 5, 12, 19, 26): weekly plans 10, 1000, 40 and 5.
        plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        plans.Set(PlanEntry.ForMonth("ad_spend", new YearMonth(2026, 11), 4000m), author);
        plans.Set(PlanEntry.ForMonth("open_rate", new YearMonth(2026, 11), 160m), author);
        plans.Set(PlanEntry.ForMonth("qualified", new YearMonth(2026, 11), 20m), author);
        var values = _bot.Service<WeeklyValueStore>();
        values.Set(new WeeklyValue("leads", Week.Previous, 10m), author);
        values.Set(new WeeklyValue("open_rate", Week.Previous, 38m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task CheckIn_Finished_SummaryKeepsItsZonesWithTheThanksBelowThemInPlace()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SayAsync(anna, "10");
        await _bot.PressAsync(anna, "Skip");
        await _bot.PressAsync(anna, "Skip");
        var summary = await _bot.PressAsync(anna, "Skip");
        Assert.Contains("🟢 Leads: 10 / plan 10 (100%)", summary.Text, StringComparison.Ordinal);

        var finished = await _bot.PressAsync(anna, "✓ Finish");
        await _bot.SettledAsync();

        // One request: the summary, its buttons gone, ends with the thanks; no new message follows it.
        Assert.Equal(summary.MessageId, finished.MessageId);
        Assert.Contains("🟢 Leads: 10 / plan 10 (100%)", finished.Text, StringComparison.Ordinal);
        Assert.Contains("⚪ Ad spend: no data", finished.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nThank you! Your numbers for the week of 23–29 November are in.", finished.Text, StringComparison.Ordinal);
        Assert.True(finished.ReplyMarkup is null || !finished.ReplyMarkup.Buttons.Any());
        Assert.Equal(summary.MessageId, _bot.Driver.BotMessages(anna.Id)[^1].MessageId);
    }

    [Fact]
    public async Task CheckIn_SkippedValues_SummarySaysNoDataNotZero()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        await _bot.SayAsync(anna, "10"); // on plan: no question
        await _bot.PressAsync(anna, "Skip"); // ad spend
        await _bot.PressAsync(anna, "Skip"); // open rate
        var summary = await _bot.PressAsync(anna, "Skip"); // qualified leads

        Assert.Contains("⚪ Ad spend: no data", summary.Text, StringComparison.Ordinal);
        Assert.Contains("⚪ Qualified leads: no data", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Qualified leads: 0", summary.Text, StringComparison.Ordinal);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("qualified", Week));
    }

    [Fact]
    public async Task CheckIn_FourMetricsByButtonsAndText_StoredAndReportMatches()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var question = await _bot.SayAsync(anna, "/checkin");
        Assert.StartsWith("Check-in for the week of 23–29 November: 4 metrics.", question.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nLeads (1 of 4)", question.Text, StringComparison.Ordinal);
        Assert.Contains("Plan for the week: 10", question.Text, StringComparison.Ordinal);
        Assert.Contains("Last week: 10", question.Text, StringComparison.Ordinal);

        var spend = await _bot.PressAsync(anna, "Same as last week (10)");
        Assert.StartsWith("🟢 Leads: 10 / plan 10 (100%)\n\n", spend.Text, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, spend.MessageId);
        Assert.Contains("Ad spend (2 of 4)", spend.Text, StringComparison.Ordinal);

        var openRate = await _bot.SayAsync(anna, "1,020.50");
        Assert.Contains("Leads: 10 / plan 10 (100%)\n", openRate.Text, StringComparison.Ordinal);
        Assert.Contains("Ad spend: 1,020.5 / plan", openRate.Text, StringComparison.Ordinal);
        Assert.Contains("Open rate (3 of 4)", openRate.Text, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, openRate.MessageId);

        var refused = await _bot.SayAsync(anna, "abc");
        Assert.Contains("“abc” is not a number.", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Open rate (3 of 4)", refused.Text, StringComparison.Ordinal);
        Assert.True(refused.MessageId > question.MessageId, "A refusal comes below what was typed, as a new message.");
        Assert.Null(_bot.Driver.BotMessages(anna.Id).Single(m => m.MessageId == question.MessageId).ReplyMarkup);

        var qualified = await _bot.SayAsync(anna, "41.5");
        Assert.Contains("Qualified leads (4 of 4)", qualified.Text, StringComparison.Ordinal);

        var summary = await _bot.SayAsync(anna, "5");
        Assert.Contains("Numbers for the week of 23–29 November", summary.Text, StringComparison.Ordinal);
        Assert.Contains("🟢 Leads: 10 / plan 10 (100%)", summary.Text, StringComparison.Ordinal);
        Assert.Contains("🟢 Qualified leads: 5 / plan 5 (100%)", summary.Text, StringComparison.Ordinal);

        var done = await _bot.PressAsync(anna, "✓ Finish");
        Assert.Equal(summary.MessageId, done.MessageId);
        Assert.Contains("Thank you!", done.Text, StringComparison.Ordinal);

        var values = _bot.Service<WeeklyValueStore>();
        Assert.Equal(10m, values.Get("leads", Week));
        Assert.Equal(1020.50m, values.Get("ad_spend", Week));
        Assert.Equal(41.5m, values.Get("open_rate", Week));
        Assert.Equal(5m, values.Get("qualified", Week));

        await _bot.StopBotAsync();
        using var json = await ReportJsonAsync();
        var leads = json.RootElement.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("key").GetString() == "leads");
        Assert.True(leads.GetProperty("submitted").GetBoolean());
        Assert.Equal(10m, leads.GetProperty("week").GetProperty("actual").GetDecimal());
        Assert.Equal(10m, leads.GetProperty("week").GetProperty("plan").GetDecimal());
        Assert.Equal("green", leads.GetProperty("week").GetProperty("zone").GetString());

        // Month to date: W45..W48 of which W47 = 10 and W48 = 10 are stored; plan 4 x 10.
        Assert.Equal(20m, leads.GetProperty("month").GetProperty("actual").GetDecimal());
        Assert.Equal(40m, leads.GetProperty("month").GetProperty("plan").GetDecimal());
    }

    [Fact]
    public async Task CheckIn_StoppedMidway_ContinuesAfterRestart()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SayAsync(anna, "11");

        await _bot.StopBotAsync();
        await _bot.Driver.SendTextAsync(anna.Id, "1000");
        await _bot.StartBotAsync();

        var next = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Open rate (3 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        Assert.Contains("Ad spend: 1,000 / plan", next.Text, StringComparison.Ordinal);
        var values = _bot.Service<WeeklyValueStore>();
        Assert.Equal(11m, values.Get("leads", Week));
        Assert.Equal(1000m, values.Get("ad_spend", Week));
    }

    [Fact]
    public async Task Button_OfAnEarlierCheckIn_IsStaleAndChangesNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        var oldQuestion = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        var zero = oldQuestion.ReplyMarkup!.Buttons.First(b => b.Text == "0").CallbackData!;
        await _bot.SayAsync(anna, "/cancel");

        var queryId = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, oldQuestion.MessageId, zero, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(queryId, BotTestHost.Timeout);

        Assert.Contains("finished conversation", answer.Text, StringComparison.Ordinal);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", Week));
    }

    [Fact]
    public async Task Button_TappedTwice_SecondTapIsStaleAndTheNextQuestionKeepsItsButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        // 13 against a plan of 10 is a good week worth a question: "what worked?", with Skip.
        var worked = await _bot.SayAsync(anna, "13");
        var skip = worked.ReplyMarkup!.Buttons.First(b => b.Text == "Skip").CallbackData!;
        await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, worked.MessageId, skip);
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("(2 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SettledAsync();
        var before = _bot.Driver.Messages(anna.Id).Select(m => (m.MessageId, m.Text, m.EditCount, Buttons: m.ReplyMarkup?.Buttons.Count() ?? 0)).ToList();

        var secondTap = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, worked.MessageId, skip, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(secondTap, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Contains("finished conversation", answer.Text, StringComparison.Ordinal);
        var current = _bot.Driver.Messages(anna.Id).Last(m => m.Text?.Contains("(2 of 4)", StringComparison.Ordinal) == true);
        Assert.NotEmpty(current.ReplyMarkup!.Buttons);
        Assert.Equal(before, _bot.Driver.Messages(anna.Id).Select(m => (m.MessageId, m.Text, m.EditCount, Buttons: m.ReplyMarkup?.Buttons.Count() ?? 0)).ToList());
        Assert.Equal(13m, _bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("ad_spend", Week));
    }

    private async Task<JsonDocument> ReportJsonAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await FunnelBotCli.RunAsync(
            ["report", "--week", "2026-W48", "--json", "--config", Path.Combine(_bot.Folder, "funnelbot.json"), "--db", _bot.DatabasePath],
            output, error, _bot.Time, new Hashtable());
        Assert.True(exit == 0, error.ToString());
        return JsonDocument.Parse(output.ToString());
    }
}
