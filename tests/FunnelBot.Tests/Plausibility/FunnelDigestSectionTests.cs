using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Digest.Sections;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Plausibility;

/// <summary>
/// The digest's section of numbers that do not fit the funnel, over November 2026 (qualified leads within the leads in
/// every week of the seed): absent while every rule holds, each broken rule named with both values and whether it was
/// confirmed at entry, in both languages; the monthly results name the week.
/// </summary>
public sealed class FunnelDigestSectionTests : IDisposable
{
    private static readonly IsoWeek W47 = new(2026, 47);
    private static readonly IsoWeek W48 = new(2026, 48);
    private readonly TestServices _services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);

    public FunnelDigestSectionTests() => ScheduleTestHost.SeedNovember(_services.Services);

    public void Dispose() => _services.Dispose();

    private WeeklyValueStore Values => _services.Service<WeeklyValueStore>();

    private FunnelFindingsSection Section => new(_services.Service<FunnelPlausibility>(), _services.Service<TeamConfiguration>());

    [Fact]
    public void NothingBroken_SectionLeftOut()
    {
        Assert.Null(Section.Render(Context(DigestKind.Weekly, W48, BotTexts.English)));
    }

    [Fact]
    public void Broken_Unconfirmed_NamedWithBothValues()
    {
        Values.Set(new WeeklyValue("qualified", W48, 9m), ChangeAuthor.Cli);

        var html = Section.Render(Context(DigestKind.Weekly, W48, BotTexts.English));

        Assert.Equal("<b>Numbers that do not fit the funnel</b>\n• Qualified leads: 9 is more than Leads: 6 (not confirmed)", html);
    }

    [Fact]
    public void Broken_ConfirmedAtEntry_InRussian()
    {
        Values.Set(new WeeklyValue("qualified", W48, 9m), ChangeAuthor.Cli, funnelConfirmed: true);

        var html = Section.Render(Context(DigestKind.Weekly, W48, BotTexts.Russian));

        Assert.Equal(
            "<b>Цифры, которые не сходятся с воронкой</b>\n• Квалифицированные лиды: 9 — больше, чем по метрике «Лиды»: 6 (подтверждено при вводе)", html);
    }

    [Fact]
    public void MonthlyResults_EachBrokenWeekNamed()
    {
        Values.Set(new WeeklyValue("qualified", W47, 10m), ChangeAuthor.Cli, funnelConfirmed: true);
        Values.Set(new WeeklyValue("leads", W48, 2m), ChangeAuthor.Cli);

        var html = Section.Render(Context(DigestKind.Monthly, W48, BotTexts.English));

        Assert.Equal(
            "<b>Numbers that do not fit the funnel</b>\n• 16–22 November: Qualified leads: 10 is more than Leads: 8 (confirmed at entry)"
            + "\n• 23–29 November: Qualified leads: 3 is more than Leads: 2 (not confirmed)",
            html);
    }

    private DigestContext Context(DigestKind kind, IsoWeek week, System.Globalization.CultureInfo culture)
    {
        var scorecards = _services.Service<ScorecardService>();
        var input = scorecards.LoadInput(week);
        return new DigestContext(kind, week, scorecards.Compute(week, input), input, new DateOnly(2026, 11, 30), culture);
    }
}
