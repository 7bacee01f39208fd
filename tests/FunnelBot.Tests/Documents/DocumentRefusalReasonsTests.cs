using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

/// <summary>A refused document's reasons in the manager's language, and the decimal separator its file uses.</summary>
public sealed class DocumentRefusalReasonsTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![0]!["Locale"] = "ru";
        _bot = await BotTestHost.StartAsync(configuration);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task BadActualsDocument_RussianManager_EveryLineWithRussianReasons()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");
        var file = DocumentChat.Csv(
            false,
            "metric,week,value",
            "<script>,2026-W47,1",
            "leads,2026-W47,12",
            "leads,2026-W99,3",
            "calls,2026-W47,-1",
            "ad_spend,2026-W47,1.234",
            "leads,2026-W47,\"1,5\"",
            "qualification_rate,2026-W47,1",
            "leads,2026-W47");

        var reply = await _bot.SendFileAsync(maria, "факты.csv", file);

        Assert.StartsWith("❌ Файл факты.csv не принят, ничего не загружено. Строк с ошибками: 7.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 2: неизвестная метрика «<script>»", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 4: «2026-W99» — не неделя ISO вида 2026-W10", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5: «-1»: значение не может быть отрицательным. Нужно целое число, 0 или больше, например 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 6: «1.234»: после запятой можно не больше двух знаков. Нужна сумма, 0 или больше, не больше двух знаков после запятой, например 1234.5.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 7: «1,5» — не число. Нужно целое число, 0 или больше, например 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 8: «qualification_rate» — отношение; введите вместо него числитель и знаменатель", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 9: нужно столбцов: 3 (metric,week,value), а в строке: 2", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("строка 3:", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("line ", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task BadPlansDocument_RussianManager_PeriodsAndTargetsInRussian()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");
        var file = DocumentChat.Csv(false, "metric,period,value,note", "leads,2026-13,5", "qualification_rate,2026-03,0.4", "qualification_rate,2026,40", "leads");

        var reply = await _bot.SendFileAsync(maria, "планы.csv", file);

        Assert.Contains("строка 2: «2026-13» — не период: месяц (2026-03), неделя ISO (2026-W10) или год (2026)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 3: «qualification_rate» — отношение: его план — цель на год, например qualification_rate,2026,0.40", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 4: «40»: цель метрики «Доля квалифицированных» — доля, не больше 1 (0,40 — это 40 %). Нужна доля от 0 до 1 или процент, например 0.4 или 40%.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5: нужно столбцов: 3 или 4 (metric,period,value,note), а в строке: 1", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

    [Fact]
    public async Task SemicolonDocument_BadNumber_RussianManagerShownAnExampleWithADecimalComma()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");
        var file = DocumentChat.Csv(true, "metric;week;value", "leads;2026-W47;abc", "leads;2026-W47;1,5", "ad_spend;2026-W47;1500,50", "ad_spend;2026-W46;1,234");

        var reply = await _bot.SendFileAsync(maria, "ru.csv", file);

        Assert.Contains("строка 2: «abc» — не число. Нужно целое число, 0 или больше, например 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 3: «1,5»: метрика «Лиды» считается в целых числах. Нужно целое число, 0 или больше, например 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5: «1,234»: после запятой можно не больше двух знаков. Нужна сумма, 0 или больше, не больше двух знаков после запятой, например 1234,5.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("строка 4:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Document_WeeksAndMonthsOutsideTheRange_RefusedWholeInRussian()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Мария", "ru");
        var actuals = DocumentChat.Csv(false, "metric,week,value", "leads,2026-W47,12", "leads,0001-W01,5", "leads,3000-W01,5", "leads,1899-W52,5");
        var plans = DocumentChat.Csv(false, "metric,period,value,note", "leads,2026-03,40", "leads,0001-03,5", "leads,1899,5", "leads,3000-W01,5");

        var actualsReply = await _bot.SendFileAsync(maria, "факты.csv", actuals);
        var plansReply = await _bot.SendFileAsync(maria, "планы.csv", plans);

        Assert.StartsWith("❌ Файл факты.csv не принят, ничего не загружено. Строк с ошибками: 3.", actualsReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 3: «0001-W01»: подходят только годы с 1900 по 2999", actualsReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 4: «3000-W01»: подходят только годы с 1900 по 2999", actualsReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5: «1899-W52»: подходят только годы с 1900 по 2999", actualsReply.Text, StringComparison.Ordinal);
        Assert.StartsWith("❌ Файл планы.csv не принят, ничего не загружено. Строк с ошибками: 3.", plansReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 3: «0001-03»: подходят только годы с 1900 по 2999", plansReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 4: «1899»: подходят только годы с 1900 по 2999", plansReply.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5: «3000-W01»: подходят только годы с 1900 по 2999", plansReply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<WeeklyValueStore>().Count());
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

}
