using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class CheckInConversationTests
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    private static MetricDefinition Metric(string key, MetricUnit unit = MetricUnit.Count) =>
        new(key, new MetricNames(key, key), FunnelStage.Interest, FunnelChannel.OnlineAds, unit, MetricDirection.Higher, "anna");

    private static CheckInContext Context(params CheckInQuestion[] questions) => new(questions, Ru);

    private static CheckInContext ThreeMetrics() => Context(
        new CheckInQuestion(Metric("leads"), WeekPlan: 10m, LastWeekValue: 9m, HighestRecent: 14m, CurrentValue: null),
        new CheckInQuestion(Metric("spend", MetricUnit.Money), 1000m, null, 1200m, null),
        new CheckInQuestion(Metric("rate", MetricUnit.Percent), 40m, 38m, 45m, null));

    private static CheckInState Asking(int index, CheckInContext context) =>
        new("c1", "anna", Week, [.. context.Questions.Select(q => q.Metric.Key)], index, CheckInPhase.AskingValue);

    [Fact]
    public void Start_NoValuesYet_AsksTheFirstMetric()
    {
        var outcome = CheckInConversation.Start("c1", "anna", Week, ThreeMetrics());

        Assert.Equal(CheckInPhase.AskingValue, outcome.State.Phase);
        Assert.Equal(0, outcome.State.Index);
        Assert.Equal([new CheckInReply.AskValue(0)], outcome.Replies);
        Assert.Empty(outcome.Effects);
    }

    [Fact]
    public void Start_FirstAnswered_ReentersAtTheFirstGap()
    {
        var context = ThreeMetrics();
        context = context with { Questions = [context.Questions[0] with { CurrentValue = 12m }, .. context.Questions.Skip(1)] };

        var outcome = CheckInConversation.Start("c1", "anna", Week, context);

        Assert.Equal(1, outcome.State.Index);
    }

    [Fact]
    public void Start_AllAnswered_ShowsTheSummary()
    {
        var context = Context(new CheckInQuestion(Metric("leads"), 10m, 9m, 14m, CurrentValue: 11m));

        var outcome = CheckInConversation.Start("c1", "anna", Week, context);

        Assert.Equal(CheckInPhase.Summary, outcome.State.Phase);
        Assert.IsType<CheckInReply.Summary>(Assert.Single(outcome.Replies));
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("11", 11)]
    [InlineData("11,0", 11)]
    public void Step_ValidNumber_StoresItAndAsksTheNext(string typed, int expected)
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(0, context), new CheckInInput.Text(typed), context);

        var store = Assert.IsType<CheckInEffect.StoreValue>(Assert.Single(outcome.Effects));
        Assert.Equal(new CheckInEffect.StoreValue("leads", Week, expected), store);
        Assert.Equal(1, outcome.State.Index);
        Assert.Equal(new CheckInReply.AskValue(1), outcome.Replies[^1]);
    }

    [Theory]
    [InlineData("abc", ValueRefusal.NotANumber)]
    [InlineData("-5", ValueRefusal.Negative)]
    [InlineData("-0", ValueRefusal.Negative)]
    [InlineData("1,5", ValueRefusal.NotWhole)]
    [InlineData("", ValueRefusal.Empty)]
    [InlineData("１２", ValueRefusal.UnsupportedDigits)]
    [InlineData("1\u200B2", ValueRefusal.InvisibleCharacters)]
    [InlineData("12%", ValueRefusal.PercentSignNotExpected)]
    [InlineData("12 ₽", ValueRefusal.CurrencyNotExpected)]
    [InlineData("100000000000000000000", ValueRefusal.TooLarge)]
    public void Step_BadAnswer_RefusesStoresNothingAndAsksAgain(string typed, ValueRefusal reason)
    {
        var context = ThreeMetrics();
        var state = Asking(0, context);

        var outcome = CheckInConversation.Step(state, new CheckInInput.Text(typed), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(state with { Version = state.Version + 1 }, outcome.State);
        Assert.Equal([new CheckInReply.RefusedValue("leads", reason), new CheckInReply.AskValue(0)], outcome.Replies);
    }

    [Theory]
    [InlineData("1 850 руб", 1850)]
    [InlineData("1,85 тыс ₽", 1850)]
    [InlineData("1\u00A0850,50 р.", 1850.50)]
    [InlineData("12 тыс. руб.", 12000)]
    public void Step_MoneyWithCurrency_Stored(string typed, decimal expected)
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(1, context), new CheckInInput.Text(typed), context);

        Assert.Contains(new CheckInEffect.StoreValue("spend", Week, expected), outcome.Effects);
    }

    [Fact]
    public void Step_Sticker_RefusedAsNotText()
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(0, context), new CheckInInput.NotText("Sticker"), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(new CheckInReply.Refused("leads", CheckInRefusal.NotText), outcome.Replies[0]);
    }

    [Fact]
    public void Step_AbsurdValue_AsksToConfirmThenStoresOnYes()
    {
        var context = ThreeMetrics();

        // 10 x plan 10 = 100 and 10 x highest 14 = 140: 141 is above both.
        var asked = CheckInConversation.Step(Asking(0, context), new CheckInInput.Text("141"), context);
        Assert.Equal(CheckInPhase.ConfirmingValue, asked.State.Phase);
        Assert.Empty(asked.Effects);
        Assert.Equal([new CheckInReply.ConfirmValue("leads", 141m)], asked.Replies);

        // Stored on yes; 141 against a plan of 10 is then a positive deviation worth asking about.
        var confirmed = CheckInConversation.Step(asked.State, new CheckInInput.Choose(CheckInChoice.ConfirmYes), context);
        Assert.Equal([new CheckInEffect.StoreValue("leads", Week, 141m)], confirmed.Effects);
        Assert.Equal(CheckInPhase.AskingCause, confirmed.State.Phase);
    }

    [Fact]
    public void Step_AboveOnlyOneReference_IsNotAbsurd()
    {
        var context = ThreeMetrics();

        // 120 is above 10 x plan (100) but not above 10 x highest (140).
        var outcome = CheckInConversation.Step(Asking(0, context), new CheckInInput.Text("120"), context);

        Assert.Single(outcome.Effects);
    }

    [Fact]
    public void Step_AbsurdValueDeclined_AsksAgainAndStoresNothing()
    {
        var context = ThreeMetrics();
        var asked = CheckInConversation.Step(Asking(0, context), new CheckInInput.Text("1000"), context);

        var declined = CheckInConversation.Step(asked.State, new CheckInInput.Choose(CheckInChoice.ConfirmNo), context);

        Assert.Empty(declined.Effects);
        Assert.Equal(CheckInPhase.AskingValue, declined.State.Phase);
        Assert.Null(declined.State.PendingValue);
        Assert.Equal([new CheckInReply.AskValue(0)], declined.Replies);
    }

    [Theory]
    [InlineData(CheckInChoice.SameAsLastWeek, 9)]
    [InlineData(CheckInChoice.Zero, 0)]
    public void Step_ValueButton_StoresTheButtonsValue(CheckInChoice choice, int expected)
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(0, context), new CheckInInput.Choose(choice), context);

        Assert.Equal([new CheckInEffect.StoreValue("leads", Week, expected)], outcome.Effects);
    }

    [Fact]
    public void Step_SameAsLastWeekWithoutValue_Refused()
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(1, context), new CheckInInput.Choose(CheckInChoice.SameAsLastWeek), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(new CheckInReply.Refused("spend", CheckInRefusal.NoValueLastWeek), outcome.Replies[0]);
    }

    [Fact]
    public void Step_SkipOnLastMetric_ShowsSummaryWithoutStoring()
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(2, context), new CheckInInput.Choose(CheckInChoice.Skip), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(CheckInPhase.Summary, outcome.State.Phase);
        Assert.IsType<CheckInReply.Summary>(Assert.Single(outcome.Replies));
    }

    [Fact]
    public void Step_Back_AsksThePreviousMetric()
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(2, context), new CheckInInput.Choose(CheckInChoice.Back), context);

        Assert.Equal(1, outcome.State.Index);
        Assert.Equal([new CheckInReply.AskValue(1)], outcome.Replies);
    }

    [Fact]
    public void Step_CorrectFromSummary_ReturnsToSummaryAfterTheAnswer()
    {
        var context = ThreeMetrics();
        var summary = Asking(0, context) with { Phase = CheckInPhase.Summary };

        var editing = CheckInConversation.Step(summary, new CheckInInput.Choose(CheckInChoice.Correct, 1), context);
        Assert.Equal(1, editing.State.Index);
        Assert.True(editing.State.ReturnToSummary);

        var answered = CheckInConversation.Step(editing.State, new CheckInInput.Text("1 000,50"), context);
        Assert.Equal([new CheckInEffect.StoreValue("spend", Week, 1000.50m)], answered.Effects);
        Assert.Equal(CheckInPhase.Summary, answered.State.Phase);
    }

    [Fact]
    public void Step_Cancel_ClosesAndKeepsNothingPending()
    {
        var context = ThreeMetrics();

        var outcome = CheckInConversation.Step(Asking(1, context), new CheckInInput.Choose(CheckInChoice.Cancel), context);

        Assert.Equal(CheckInPhase.Cancelled, outcome.State.Phase);
        Assert.False(outcome.State.IsOpen);
        Assert.Empty(outcome.Effects);
    }

    [Fact]
    public void Step_ClosedConversation_DoesNothing()
    {
        var context = ThreeMetrics();
        var finished = Asking(0, context) with { Phase = CheckInPhase.Finished };

        var outcome = CheckInConversation.Step(finished, new CheckInInput.Text("12"), context);

        Assert.Empty(outcome.Effects);
        Assert.Equal(finished, outcome.State);
        Assert.IsType<CheckInReply.NotActive>(Assert.Single(outcome.Replies));
    }

    [Fact]
    public void Step_AnswerAskedAgain_IsANewStepSoTheEarlierButtonsGoStale()
    {
        var context = ThreeMetrics();
        var state = Asking(0, context) with { Version = 4 };

        var refused = CheckInConversation.Step(state, new CheckInInput.NotText("sticker"), context);
        var kept = CheckInConversation.Step(state with { Phase = CheckInPhase.Summary }, new CheckInInput.Choose(CheckInChoice.Zero), context);

        Assert.Equal((0, CheckInPhase.AskingValue, 5), (refused.State.Index, refused.State.Phase, refused.State.Version));
        Assert.Equal(4, kept.State.Version);
        Assert.IsType<CheckInReply.NotActive>(Assert.Single(kept.Replies));
    }

    [Fact]
    public void Step_FinishFromSummary_Finishes()
    {
        var context = ThreeMetrics();
        var summary = Asking(0, context) with { Phase = CheckInPhase.Summary };

        var outcome = CheckInConversation.Step(summary, new CheckInInput.Choose(CheckInChoice.Finish), context);

        Assert.Equal(CheckInPhase.Finished, outcome.State.Phase);
    }
}
