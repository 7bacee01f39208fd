using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Attention;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;
using FunnelBot.Configuration;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;

namespace FunnelBot.Tests.Attention;

/// <summary>What <see cref="ManagerAttention"/> gathers for the week of 23–29 November 2026 (the seed), and its Russian.</summary>
public sealed class AttentionListTests : IDisposable
{
    private static readonly IsoWeek W48 = new(2026, 48);
    private readonly TestServices _services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public AttentionListTests() => ScheduleTestHost.SeedNovember(_services.Services);

    public void Dispose() => _services.Dispose();

    [Fact]
    public void AwayOwner_NotListedAsNotReported()
    {
        var list = Attention(new AwayIn(TestTeam.Anna)).For(W48, new DateOnly(2026, 11, 27));

        Assert.Empty(list.NotReported);
        Assert.Equal(["leads", "qualified"], list.Red.Select(red => red.Score.Metric.Key));
    }

    [Fact]
    public void ConfirmedBreak_NotListed()
    {
        var values = _services.Service<WeeklyValueStore>();
        values.Set(new WeeklyValue("leads", W48, 2m), ChangeAuthor.Cli);
        Assert.Single(Attention(new AwayIn("nobody")).For(W48, new DateOnly(2026, 11, 27)).Unconfirmed);

        values.Set(new WeeklyValue("leads", W48, 2m), ChangeAuthor.Cli, funnelConfirmed: true);

        Assert.Empty(Attention(new AwayIn("nobody")).For(W48, new DateOnly(2026, 11, 27)).Unconfirmed);
    }

    [Fact]
    public void InRussian_HeadingsAndFixes()
    {
        var list = Attention(new AwayIn("nobody")).For(W48, new DateOnly(2026, 11, 27));

        var html = _services.Service<AttentionRenderer>().Render(list, BotTexts.Russian);

        Assert.StartsWith("<b>Что требует вашего участия</b> · неделя 23–29 ноября 2026", html, StringComparison.Ordinal);
        Assert.Contains("<b>В красной зоне без причины или контрмеры</b>\n• 🔴 Лиды: ", html, StringComparison.Ordinal);
        Assert.Contains("• 🔴 Квалифицированные лиды: ", html, StringComparison.Ordinal);
        Assert.Contains("— нет ни причины, ни контрмеры", html, StringComparison.Ordinal);
        Assert.Contains("<b>Ещё не сдали цифры</b>\n• Anna: не сдано 2 из 4", html, StringComparison.Ordinal);
        Assert.Equal("Требует вашего внимания: 3 — /attention", AttentionRenderer.StatusLine(list, BotTexts.Russian));
    }

    [Theory]
    [InlineData(2026, 11, 30, 7, 48)] // Monday 10:00 in Moscow: the Friday prompt asked for the week just ended
    [InlineData(2026, 12, 3, 9, 48)]  // Thursday: still that week
    [InlineData(2026, 12, 4, 12, 49)] // Friday 15:00, the prompt's slot: this week
    public void WeekBeingReported_TheWeekTheLatestPromptAskedFor(int year, int month, int day, int hour, int week)
    {
        using var services = TestServices.Build(TestTeam.Configuration(), new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

        Assert.Equal(new IsoWeek(2026, week), services.Service<ManagerAttention>().WeekBeingReported());
    }

    [Fact]
    public void WeekBeingReported_PromptsOff_TheReportingWeek()
    {
        using var services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(new IsoWeek(2026, 49), services.Service<ManagerAttention>().WeekBeingReported());
    }

    [Fact]
    public void Empty_NothingNeedsYou_NoStatusLine()
    {
        var list = new AttentionList(W48, [], [], [], []);

        Assert.Equal("<b>What needs you</b> · week 23–29 November 2026\nNothing needs you.", _services.Service<AttentionRenderer>().Render(list, BotTexts.English));
        Assert.Null(AttentionRenderer.StatusLine(list, BotTexts.English));
    }

    private ManagerAttention Attention(IAwayCalendar away) => new(
        _services.Service<TeamConfiguration>(), _services.Service<ScorecardService>(), _services.Service<WeekNotesService>(), _services.Service<IOverdueTasks>(),
        away, _services.Service<WeeklyValueStore>(), _services.Service<FunnelPlausibility>(), _services.Service<ReportingWeek>(),
        _services.Service<IPromptedWeek>(), _services.Service<TimeProvider>());

    private sealed class AwayIn(string member) : IAwayCalendar
    {
        public bool IsAway(string memberKey, IsoWeek week) => memberKey == member;

        public bool IsAwayOn(string memberKey, DateOnly day) => memberKey == member;
    }
}
