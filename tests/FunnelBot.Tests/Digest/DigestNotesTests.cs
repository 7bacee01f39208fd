using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Digest.Sections;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Digest;

/// <summary>
/// The digest's "causes and countermeasures" lists what the report lists for the same week: every task linked to the
/// metric and week, the task a cause names, and a countermeasure set without a cause.
/// </summary>
public sealed class DigestNotesTests : IDisposable
{
    private static readonly IsoWeek Week48 = new(2026, 48);
    private readonly TestServices _services = TestServices.Build(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);

    public void Dispose() => _services.Dispose();

    [Fact]
    public void NotesSection_TwoLinkedTasksANamedOneAndATaskWithoutCause_SameCountermeasuresAsTheReport()
    {
        var tasks = _services.Service<WorkTaskStore>();
        var deviations = _services.Service<DeviationStore>();
        var linked = tasks.Create(new NewWorkTask("Call the new list", "anna", "anna", new DateOnly(2026, 12, 4), "leads", Week48));
        tasks.Create(new NewWorkTask("Ask for referrals <b>", "anna", "maria", new DateOnly(2026, 12, 11), "leads", Week48));
        var named = tasks.Create(new NewWorkTask("Fix the form", "anna", "anna", new DateOnly(2026, 12, 7)));
        tasks.Create(new NewWorkTask("Retrain on the script", "ivan", "maria", new DateOnly(2026, 12, 9), "calls", Week48));
        deviations.Update("leads", Week48, d =>
        {
            d.Kind = DeviationKind.Negative;
            d.Causes = [Cause.OtherCode];
            d.OtherText = "Trade fair moved";
            d.TaskNumber = linked.Id;
        });
        deviations.Update("qualified", Week48, d =>
        {
            d.Kind = DeviationKind.Negative;
            d.Causes = [Cause.OtherCode];
            d.OtherText = "Form broken";
            d.TaskNumber = named.Id;
        });

        var html = Section().Render(Context());
        var report = _services.Service<WeekNotesService>().For(Week48);

        Assert.Equal(
            "<b>Causes and countermeasures</b>\n"
            + "• Leads: Trade fair moved → Call the new list (Anna, due 4 December) → Ask for referrals &lt;b&gt; (Anna, due 11 December)\n"
            + "• Qualified leads: Form broken → Fix the form (Anna, due 7 December)\n"
            + "• Calls held → Retrain on the script (Ivan, due 9 December)",
            html);
        Assert.Equal(
            ["Call the new list", "Ask for referrals <b>", "Fix the form", "Retrain on the script"],
            report.Noted.SelectMany(n => n.Value.Countermeasures).Select(c => c.Title));
    }

    [Fact]
    public void NotesSection_NothingSaid_LeftOut()
    {
        Assert.Null(Section().Render(Context()));
    }

    private DeviationNotesSection Section() => _services.Service<IEnumerable<IDigestSection>>().OfType<DeviationNotesSection>().Single();

    private DigestContext Context()
    {
        var scorecards = _services.Service<ScorecardService>();
        var input = scorecards.LoadInput(Week48);
        return new DigestContext(DigestKind.Weekly, Week48, scorecards.Compute(Week48, input), input, new DateOnly(2026, 11, 30), BotTexts.English);
    }
}
