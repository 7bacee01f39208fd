using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// Metrics named by key, Russian or English name, a prefix, in any case, in every command that takes one, through the
/// emulator; several or no matches answer with buttons that run the same command with the chosen metric.
/// </summary>
public sealed class MetricNameTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/status ad_spend")]
    [InlineData("/status AD_SPEND")]
    [InlineData("/status Ad spend")]
    [InlineData("/status расход на рекламу")]
    [InlineData("/status Расх")]
    [InlineData("/status рекл")]
    public async Task Status_MetricByKeyNameOrPrefix_ShowsItsTrend(string command)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, command);

        Assert.StartsWith("Ad spend (Anna) · the last 13 weeks", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_RussianNameWithYo_ForRussianMember_ShowsTheTrendInRussian()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");

        var reply = await _bot.SayAsync(ivan, "/status проведенные ЗВОНКИ");

        Assert.StartsWith("Проведённые звонки (Ivan) · последние 13 недель", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AmbiguousPrefix_OffersTheMatchesAndAPressAnswers()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var choice = await _bot.SayAsync(anna, "/status qual");

        Assert.Equal("Several metrics or team members match “qual”. Choose one:", choice.Text);
        Assert.Equal(["Qualified leads", "Qualification rate"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.All(choice.ReplyMarkup.Buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
        var answer = await _bot.PressAsync(anna, "Qualification rate");
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(anna.Id).Any(m => m.Text?.StartsWith("Qualification rate (Maria) · the last 13 weeks", StringComparison.Ordinal) == true), BotTestHost.Timeout);
        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Status_Unknown_OffersEveryMetricAndOwnerAndAPressAnswers()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var choice = await _bot.SayAsync(anna, "/status xyz");

        Assert.StartsWith("I don't know “xyz”. Try /status, /status Leads", choice.Text, StringComparison.Ordinal);
        var buttons = choice.ReplyMarkup!.Buttons.Select(b => b.Text).ToList();
        Assert.Contains("Calls held", buttons);
        Assert.Contains("Ivan", buttons);
        await _bot.PressAsync(anna, "Calls held");
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(anna.Id).Any(m => m.Text?.StartsWith("Calls held (Ivan) · the last 13 weeks", StringComparison.Ordinal) == true), BotTestHost.Timeout);
    }

    [Fact]
    public async Task Status_MemberByDisplayNamePrefix_ShowsTheirMetrics()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/status iv");

        Assert.Contains("Calls held", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ad spend", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/edit ad_spend 2026-W47 1500")]
    [InlineData("/edit Ad Spend 2026-W47 1500")]
    [InlineData("/edit расход на рекламу 2026-W47 1500")]
    [InlineData("/edit «Расход на рекламу» 2026-W47 1500")]
    [InlineData("/edit \"ad spend\" 2026-W47 1500")]
    [InlineData("/edit расход 2026-W47 1500")]
    public async Task Edit_MetricByKeyNameQuotesOrPrefix_StoresTheValue(string command)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        await _bot.SayAsync(anna, command);

        await Eventually.TrueAsync(() => _bot.Service<WeeklyValueStore>().Get("ad_spend", new IsoWeek(2026, 47)) == 1500m, BotTestHost.Timeout);
    }

    [Fact]
    public async Task Edit_Ambiguous_ButtonsThenPressStoresForTheChosenMetric()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var choice = await _bot.SayAsync(anna, "/edit lead 2026-W47 7");

        Assert.Equal("Several metrics match “lead”. Which one?", choice.Text);
        Assert.Equal(["Leads", "Qualified leads"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(anna, "Qualified leads");
        await Eventually.TrueAsync(() => _bot.Service<WeeklyValueStore>().Get("qualified", new IsoWeek(2026, 47)) == 7m, BotTestHost.Timeout);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 47)));
    }

    [Fact]
    public async Task Edit_Unknown_OffersOwnMetricsInRussianAndPressStores()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");

        var choice = await _bot.SayAsync(ivan, "/edit клики по рекламе 2026-W47 30");

        Assert.Equal("Метрики «клики по рекламе» нет. Выберите из списка:", choice.Text);
        Assert.Equal(["Проведённые звонки"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(ivan, "Проведённые звонки");
        await Eventually.TrueAsync(() => _bot.Service<WeeklyValueStore>().Get("calls", new IsoWeek(2026, 47)) == 30m, BotTestHost.Timeout);
    }

    [Fact]
    public async Task Edit_OthersMetricByName_StillRefusedForAMember()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");

        var reply = await _bot.SayAsync(ivan, "/edit лиды 2026-W47 30");

        Assert.Equal("«Лиды»: ответственный — Anna. Изменить значение может ответственный или руководитель.", reply.Text);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 47)));
    }

    [Fact]
    public async Task ChoiceButtons_PressedByAnotherMember_ChangeNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var choice = await _bot.SayAsync(anna, "/edit lead 2026-W47 7");
        var data = choice.ReplyMarkup!.Buttons.First().CallbackData!;
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");

        // Ivan presses a button of Anna's private chat: not his chat, so the router refuses it as not the bot's button there.
        await _bot.Driver.PressButtonAsync(ivan.Id, anna.Id, choice.MessageId, data);
        await _bot.SettledAsync();

        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 47)));
    }

    [Theory]
    [InlineData("/plan qualified")]
    [InlineData("/plan Qualified Leads")]
    [InlineData("/plan квалифицированные лиды 2026")]
    [InlineData("/plan квалифицированные 2026")]
    public async Task Plan_MetricByNameWithOrWithoutYear_ShowsItsPlan(string command)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.StartsWith("Qualified leads: plan 2026", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_AmbiguousWithYear_PressShowsThatYear()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var choice = await _bot.SayAsync(maria, "/plan lead 2025");

        Assert.Equal(["Leads", "Qualified leads"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(maria, "Leads");
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(maria.Id).Any(m => m.Text?.StartsWith("Leads: plan 2025", StringComparison.Ordinal) == true), BotTestHost.Timeout);
    }

    [Theory]
    [InlineData("/plan set Расход на рекламу 2026-12 50000")]
    [InlineData("/plan set ad spend 2026-12 50000 for the holidays")]
    [InlineData("/plan set AD_SPEND 2026-12 50000")]
    public async Task PlanSet_MultiWordNameBeforePeriodAndValue_PreviewsTheChange(string command)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.StartsWith("Plan change (old → new):", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ad spend", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanSet_Unknown_ButtonsThenPressPreviews()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var choice = await _bot.SayAsync(maria, "/plan set clicks 2026-12 300");

        Assert.Equal("There is no metric “clicks”. Choose one:", choice.Text);
        await _bot.PressAsync(maria, "Leads");
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(maria.Id).Any(m =>
            m.Text?.StartsWith("Plan change (old → new):", StringComparison.Ordinal) == true && m.Text.Contains("Leads", StringComparison.Ordinal)), BotTestHost.Timeout);
    }

    [Fact]
    public async Task PlanSet_ByName_StillManagerOnly()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/plan set ad spend 2026-12 50000");

        Assert.DoesNotContain("Plan change", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.ReplyMarkup);
    }

    [Theory]
    [InlineData("/chart ad_spend")]
    [InlineData("/chart Ad spend")]
    [InlineData("/chart расход на рекламу")]
    [InlineData("/chart расх")]
    public async Task Chart_MetricByKeyNameOrPrefix_IsThatMetricsChart(string command)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, command);

        Assert.Equal(Sandbox.State.AttachmentKind.Photo, reply.Attachment?.Kind);
    }

    [Fact]
    public async Task Chart_Ambiguous_PressDrawsTheChosenMetric()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var choice = await _bot.SayAsync(anna, "/chart лид");

        Assert.Equal(["Leads", "Qualified leads"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(anna, "Qualified leads");
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(anna.Id).Any(m => m.Attachment?.Kind == Sandbox.State.AttachmentKind.Photo), BotTestHost.Timeout);
    }

    [Fact]
    public async Task Help_ExamplesUseTheCallersOwnFirstMetric()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var russian = await _bot.SayAsync(ivan, "/help");
        var english = await _bot.SayAsync(anna, "/help");

        Assert.Contains("/status Проведённые звонки", russian.Text, StringComparison.Ordinal);
        Assert.Contains("/edit «Проведённые звонки» 2026-W47 12", russian.Text, StringComparison.Ordinal);
        Assert.Contains("/status Leads", english.Text, StringComparison.Ordinal);
    }

    internal static JsonObject WithAnton()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]!.AsArray().Add(new JsonObject
        {
            ["Key"] = "anton", ["DisplayName"] = "Anton Petrov", ["Username"] = "anton_ppc", ["Role"] = "member", ["Locale"] = null,
        });
        return configuration;
    }
}
