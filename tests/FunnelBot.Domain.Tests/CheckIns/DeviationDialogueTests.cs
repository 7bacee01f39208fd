using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class DeviationDialogueTests
{
    private static readonly IsoWeek Week = new(2026, 48);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CheckInContext Context(FunnelStage stage = FunnelStage.Interest, MetricDirection direction = MetricDirection.Higher) => new(
        [new CheckInQuestion(new MetricDefinition("leads", new("Лиды", "Leads"), stage, FunnelChannel.OnlineAds, MetricUnit.Count, direction, "anna"), 10m, 9m, 12m, null)],
        CultureInfo.GetCultureInfo("en-GB"), ZoneThresholds.Default, CauseCatalogue.Default, ["anna", "maria"], Today);

    private static CheckInState Asking() => new("c1", "anna", Week, ["leads"], 0, CheckInPhase.AskingValue);

    [Theory]
    [InlineData("7", DeviationKind.Negative)]
    [InlineData("8", DeviationKind.Negative)]
    [InlineData("9", DeviationKind.None)] // yellow: asked only where the metric or the team says so
    [InlineData("12", DeviationKind.Positive)]
    [InlineData("10", DeviationKind.None)]
    [InlineData("11", DeviationKind.None)]
    public void Value_AgainstPlan_AsksWhyOnlyForDeviationsWorthAQuestion(string typed, DeviationKind expected)
    {
        var outcome = CheckInConversation.Step(Asking(), new CheckInInput.Text(typed), Context());

        if (expected == DeviationKind.None)
        {
            Assert.Equal(CheckInPhase.Summary, outcome.State.Phase);
            Assert.Null(outcome.State.Deviation);
        }
        else
        {
            Assert.Equal(CheckInPhase.AskingCause, outcome.State.Phase);
            Assert.Equal(expected, outcome.State.Deviation!.Kind);
            Assert.Contains(new CheckInReply.AskCause("leads", expected, []), outcome.Replies);
        }
    }

    [Theory]
    [InlineData(FunnelStage.Interest, "click_plan_missed", "competitor_criticised")]
    [InlineData(FunnelStage.Qualified, "price_wrong", "mailing_not_sent")]
    public void Causes_OfferedByStage_VolumeEarlyQualityLate(FunnelStage stage, string offered, string notOffered)
    {
        var codes = CauseCatalogue.Default.For(stage, DeviationKind.Negative).Select(c => c.Code).ToList();

        Assert.Contains(offered, codes);
        Assert.DoesNotContain(notOffered, codes);
        Assert.Equal(Cause.OtherCode, codes[^1]);
    }

    [Fact]
    public void Miss_FullDialogue_RecordsCausesAndCreatesTheTask()
    {
        var context = Context();
        var state = CheckInConversation.Step(Asking(), new CheckInInput.Text("7"), context).State;
        var clickIndex = context.CausesFor(state.Deviation!).ToList().FindIndex(c => c.Code == "click_plan_missed");

        state = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.ToggleCause, clickIndex), context).State;
        var done = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.CausesDone), context);
        Assert.Equal([new CheckInEffect.RecordDeviation("leads", Week, DeviationKind.Negative, ["click_plan_missed"], null, -3m)], done.Effects.ToList(), new EffectComparer());
        state = CheckInConversation.Step(done.State, new CheckInInput.Text("Raise bids"), context).State;
        Assert.Equal(CheckInPhase.AskingTaskOwner, state.Phase);
        state = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.PickOwner, 1), context).State;
        var created = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.DueInDays, 14), context);

        Assert.Equal([new CheckInEffect.CreateTask("leads", Week, "Raise bids", "maria", new DateOnly(2026, 12, 11))], created.Effects);
        Assert.Equal(CheckInPhase.Summary, created.State.Phase);
        Assert.Null(created.State.Deviation);
    }

    [Fact]
    public void CausesDone_NothingChosen_RefusedAndAskedAgain()
    {
        var context = Context();
        var state = CheckInConversation.Step(Asking(), new CheckInInput.Text("7"), context).State;

        var outcome = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.CausesDone), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(new CheckInReply.Refused("leads", CheckInRefusal.NoCauseChosen), outcome.Replies[0]);
    }

    [Theory]
    [InlineData("05/12/2026", 2026, 12, 5)]
    [InlineData("5/12", 2026, 12, 5)]
    [InlineData("2027-01-15", 2027, 1, 15)]
    public void DueDate_Typed_CreatesTheTaskForThatDate(string typed, int year, int month, int day)
    {
        var context = Context();
        var state = Asking() with { Phase = CheckInPhase.AskingDueDate, Deviation = new DeviationDraft("leads", DeviationKind.Negative, -3m, ["other"], "x", "Fix it", "anna") };

        var outcome = CheckInConversation.Step(state, new CheckInInput.Text(typed), context);

        Assert.Equal([new CheckInEffect.CreateTask("leads", Week, "Fix it", "anna", new DateOnly(year, month, day))], outcome.Effects);
    }

    [Theory]
    [InlineData("yesterday", CheckInRefusal.NotADate)]
    [InlineData("26/11/2026", CheckInRefusal.DateInThePast)]
    [InlineData("31/02/2027", CheckInRefusal.NotADate)]
    public void DueDate_BadText_Refused(string typed, CheckInRefusal reason)
    {
        var state = Asking() with { Phase = CheckInPhase.AskingDueDate, Deviation = new DeviationDraft("leads", DeviationKind.Negative, -3m, ["other"], "x", "Fix it", "anna") };

        var outcome = CheckInConversation.Step(state, new CheckInInput.Text(typed), Context());

        Assert.Empty(outcome.Effects);
        Assert.Equal(new CheckInReply.Refused("leads", reason), outcome.Replies[0]);
    }

    [Fact]
    public void Skip_DuringCauseQuestion_MovesOnWithoutRecording()
    {
        var context = Context();
        var state = CheckInConversation.Step(Asking(), new CheckInInput.Text("7"), context).State;

        var outcome = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.Skip), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(CheckInPhase.Summary, outcome.State.Phase);
    }

    /// <summary>Compares effects by value, lists by their items.</summary>
    private sealed class EffectComparer : IEqualityComparer<CheckInEffect>
    {
        public bool Equals(CheckInEffect? x, CheckInEffect? y) => (x, y) switch
        {
            (CheckInEffect.RecordDeviation a, CheckInEffect.RecordDeviation b) =>
                a.Metric == b.Metric && a.Week == b.Week && a.Kind == b.Kind && a.Causes.SequenceEqual(b.Causes) && a.OtherText == b.OtherText && a.Deviation == b.Deviation,
            _ => Equals(x, y),
        };

        public int GetHashCode(CheckInEffect obj) => obj.GetType().GetHashCode();
    }
}
