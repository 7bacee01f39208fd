using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

public sealed class ExportImportRoundTripTests
{
    [Fact]
    public async Task ExportedActualsAndPlans_SentToAFreshBot_GiveTheSameStores()
    {
        await using var first = await BotTestHost.StartAsync();
        var maria = await first.JoinAsync("maria_lead", "Maria");
        await first.SendFileAsync(maria, "plans.csv", DocumentChat.Csv(
            true,
            "metric,period,value,note",
            "leads,2026,530",
            "leads,2026-W49,0,\"Отпуск, \"\"Анна\"\"\"",
            "ad_spend,2026-11,4000.50",
            "qualification_rate,2026,0.4"));
        await first.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(
            false, "metric;week;value", "leads;2026-W46;11", "leads;2026-W47;9", "ad_spend;2026-W47;999.99", "open_rate;2026-W47;35.5"));
        var exported = await first.ReceiveDocumentsAsync(maria, "/export csv", 5);
        var plans = first.ContentOf(exported.Single(d => d.Attachment!.FileName!.StartsWith("plans-", StringComparison.Ordinal)));
        var actuals = first.ContentOf(exported.Single(d => d.Attachment!.FileName!.StartsWith("actuals-", StringComparison.Ordinal)));

        await using var second = await BotTestHost.StartAsync();
        var mariaAgain = await second.JoinAsync("maria_lead", "Maria");
        var plansReply = await second.SendFileAsync(mariaAgain, "plans-2026-11-27.csv", plans);
        var actualsReply = await second.SendFileAsync(mariaAgain, "actuals-2026-11-27.csv", actuals);

        Assert.Equal("✅ plans-2026-11-27.csv: plan entries read: 15 (a year row gives 12 months), changed: 15, unchanged: 0.", plansReply.Text);
        Assert.Equal("✅ actuals-2026-11-27.csv: weekly values read: 4, changed: 4, unchanged: 0.", actualsReply.Text);
        Assert.Equal(first.Service<PlanStore>().All(), second.Service<PlanStore>().All());
        Assert.Equal(first.Service<WeeklyValueStore>().All(), second.Service<WeeklyValueStore>().All());
        Assert.Equal("Отпуск, \"Анна\"", second.Service<PlanStore>().Get("leads|2026-W49")!.Note);
    }

    [Fact]
    public async Task Document_FromManagerMidCheckIn_ImportedNotTakenAsAnAnswer()
    {
        var configuration = TestTeam.Configuration();
        configuration["Metrics"]![0]!["Owner"] = TestTeam.Manager;
        await using var bot = await BotTestHost.StartAsync(configuration);
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        await bot.Driver.SendTextAsync(maria.Id, "/checkin");
        await bot.Driver.WaitForMessageAsync(maria.Id, m => m.Text?.Contains("Leads (1 of", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var reply = await bot.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(false, "metric,week,value", "calls,2026-W47,30"));

        Assert.Equal("✅ actuals.csv: weekly values read: 1, changed: 1, unchanged: 0.", reply.Text);
        Assert.Equal(30m, bot.Service<WeeklyValueStore>().Get("calls", new IsoWeek(2026, 47)));
    }

    [Fact]
    public async Task Export_ForRussianManager_RussianLayoutCauseNamesAndCaptions()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = "ru";
        await using var bot = await BotTestHost.StartAsync(configuration);
        var maria = await bot.JoinAsync("maria_lead", "Мария", "ru");
        bot.Service<DeviationStore>().Update("leads", new IsoWeek(2026, 47), deviation =>
        {
            deviation.Kind = DeviationKind.Positive;
            deviation.Causes = ["new_campaign"];
            deviation.WhatWorked = "=Новый баннер";
            deviation.Deviation = 4.5m;
            deviation.NoCountermeasure = true;
            deviation.ReportedBy = "anna";
        });

        var document = Assert.Single(await bot.ReceiveDocumentsAsync(maria, "/export causes csv", 1));

        Assert.Equal("Причины отклонений, как их записали, по 27.11.2026.", document.Caption);
        Assert.Equal(DocumentChat.Bom, bot.ContentOf(document)[..3]);
        Assert.Equal(
            [
                "Код недели;Неделя;Код метрики;Метрика;Отклонение;Факт минус план;Коды причин;Причины;Своими словами;Что сработало;Задача-контрмера;Без контрмеры;Кто сообщил;Когда (UTC)",
                "2026-W47;16.11.2026–22.11.2026;leads;Лиды;лучше плана;4,5;new_campaign;Новая кампания;;'=Новый баннер;;да;anna;27.11.2026 12:00:00",
            ],
            ExportDocumentsTests.Lines(bot.ContentOf(document)));
    }
}
