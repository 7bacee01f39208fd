using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Digest.Sections;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Digest;

/// <summary>The digest's sections over November 2026 (leads red W46..W48, Ivan reported only calls in W48).</summary>
public sealed class DigestSectionsTests : IDisposable
{
    private static readonly IsoWeek Week48 = new(2026, 48);
    private readonly TestServices _services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);

    public DigestSectionsTests() => ScheduleTestHost.SeedNovember(_services.Services);

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Attention_Week48_RedAndStandingMetricsWithOwnersHeadlinesLeftOut()
    {
        var html = new AttentionSection(_services.Service<DigestNames>(), _services.Service<DigestFocus>()).Render(Context());

        // Qualified 2, 2, 3 against 5 a week: red three times running, 60% in W48. Leads are red too but lead the digest
        // (a headline metric). Calls 55 of 50 and the qualification rate 50% of 40% are green; the rest have no plan.
        Assert.Equal("<b>Needs attention</b> (actual of the week's plan)\n🔴 Qualified leads: 3 of 5 (60%), off plan three weeks running · Anna", html);
    }

    [Fact]
    public void Headline_Week48_LeadsAgainstPlanAndPace()
    {
        var html = new HeadlineSection(_services.Service<TeamConfiguration>(), _services.Service<DigestNames>()).Render(Context());

        // Leads 6 of 10 in W48; November ends with W48, so the pace is the quarter's: 9 more of 40 over 5 weeks.
        Assert.Equal("🔴 <b>Leads</b>: 6 of 10 (60%) · Q4 2026: needs 2 a week, 5 weeks left", html);
    }

    [Theory]
    [InlineData(false, "• Anna: 2 of 4 values missing (cannot be reached: has not started the bot or blocked it)")]
    [InlineData(true, "• @anna_ads: 2 of 4 values missing (cannot be reached: has not started the bot or blocked it)")]
    public void NonReporters_MentionSetting_NamedOrMentioned(bool mention, string expectedAnnaLine)
    {
        var team = _services.Service<TeamConfiguration>();
        team = team with { Team = team.Team with { MentionNonReporters = mention } };
        var section = new NonReportersSection(team, _services.Service<IAwayCalendar>(), _services.Service<MemberDirectory>());

        var html = section.Render(Context())!;

        Assert.Contains(expectedAnnaLine, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ivan", html, StringComparison.Ordinal); // Ivan owns calls only, and reported them
    }

    [Fact]
    public void NonReporters_AwayAndReachable_AwayShownAsAwayOthersWithoutUnreachableNote()
    {
        // Anna has started the bot: bound, reachable.
        _services.Service<MemberBindingStore>().Save(new MemberBinding { Id = "anna", UserId = 5001, ChatId = 5001, Username = "anna_ads", LanguageCode = "en" });
        var section = new NonReportersSection(_services.Service<TeamConfiguration>(), new AwayIn("ivan"), _services.Service<MemberDirectory>());

        var html = section.Render(Context())!;

        Assert.Equal("<b>Not reported</b>\n• Anna: 2 of 4 values missing\n• Ivan: away", html);
    }

    [Fact]
    public void GreenZone_Week48_OwnersRankedByShareOfGreen()
    {
        var rows = new GreenZoneSection(_services.Service<TeamConfiguration>(), _services.Service<IAwayCalendar>()).Rank(Context());

        // Maria: qualification rate 3/6 = 50% of 40% green (1/1). Ivan: calls 55 of 50 green (1/1); the tie goes by the
        // order of the configuration. Anna: leads and qualified red, the other two have no plan: 0 of 2.
        Assert.Equal([("maria", 1, 1), ("ivan", 1, 1), ("anna", 0, 2)], rows.Select(r => (r.Member.Key, r.Green, r.Counted)));
    }

    [Fact]
    public void GreenZone_OwnerWithNothingReported_LeftOutNotRankedWithZero()
    {
        // In W47 Ivan reported no calls: before, he was ranked last with "0 of 1 (0%)".
        var rows = new GreenZoneSection(_services.Service<TeamConfiguration>(), _services.Service<IAwayCalendar>()).Rank(Context(new IsoWeek(2026, 47)));

        Assert.DoesNotContain(rows, row => row.Member.Key == "ivan");
        Assert.All(rows, row => Assert.True(row.Counted > 0));
    }

    [Fact]
    public void GreenZone_OwnerAwayForTheWeek_LeftOut()
    {
        var rows = new GreenZoneSection(_services.Service<TeamConfiguration>(), new AwayIn("maria")).Rank(Context());

        Assert.Equal(["ivan", "anna"], rows.Select(r => r.Member.Key));
    }

    [Fact]
    public void GreenZone_SwitchedOff_NoTable()
    {
        var team = _services.Service<TeamConfiguration>();
        team = team with { Team = team.Team with { GreenZoneTable = false } };

        Assert.Null(new GreenZoneSection(team, _services.Service<IAwayCalendar>()).Render(Context()));
    }

    [Fact]
    public void Messages_DigestLongerThanTelegramAllows_SplitAtLinesUnder4096()
    {
        var composer = new DigestComposer(
            _services.Service<TeamConfiguration>(), _services.Service<ScorecardService>(), [new LongSection(), new AttentionSection(_services.Service<DigestNames>(), _services.Service<DigestFocus>())]);
        var messages = new DigestMessages(composer, new NoChart(), Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestMessages>.Instance);
        var response = new BotResponse();

        var digest = messages.AddTo(response, DigestKind.Weekly, Week48, new DateOnly(2026, 11, 30), BotTexts.English, -100, 7);

        Assert.True(response.Messages.Count > 1);
        Assert.All(response.Messages, m => Assert.True(m.Html!.Length <= 4096 && m.ThreadId == 7 && m.ChatId == -100));
        Assert.Equal(digest.Html.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(response.Messages.Select(m => m.Html)).Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    private DigestContext Context() => Context(Week48);

    private DigestContext Context(IsoWeek week)
    {
        var scorecards = _services.Service<ScorecardService>();
        var input = scorecards.LoadInput(week);
        return new DigestContext(DigestKind.Weekly, week, scorecards.Compute(week, input), input, new DateOnly(2026, 11, 30), BotTexts.English);
    }

    private sealed class AwayIn(string member) : IAwayCalendar
    {
        public bool IsAway(string memberKey, IsoWeek week) => memberKey == member;

        public bool IsAwayOn(string memberKey, DateOnly day) => memberKey == member;
    }

    private sealed class LongSection : IDigestSection
    {
        public int Order => 50;

        public string? Render(DigestContext context) =>
            string.Join("\n", Enumerable.Range(1, 300).Select(i => $"line {i}: " + new string('x', 30)));
    }

    private sealed class NoChart : IDigestChart
    {
        public byte[]? Render(
            DigestKind kind, IsoWeek week, System.Globalization.CultureInfo culture, Domain.Scorecard.ScorecardInput? input = null) => null;
    }
}
