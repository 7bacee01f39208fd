using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

/// <summary>A number typed where words are asked for (an own cause, a countermeasure, what worked) is not stored as words.</summary>
public sealed class NumberWhereWordsAreAskedTests
{
    private static readonly IsoWeek Week = new(2026, 48);

    private static CheckInContext Context() => new(
        [new CheckInQuestion(new MetricDefinition("leads", new("Лиды", "Leads"), FunnelStage.Interest, FunnelChannel.OnlineAds, MetricUnit.Count, MetricDirection.Higher, "anna"), 10m, 9m, 12m, null)],
        CultureInfo.GetCultureInfo("ru-RU"), ZoneThresholds.Default, CauseCatalogue.Default, ["anna"], new DateOnly(2026, 11, 27));

    /// <summary>The state at a step that asks for words, reached as a member reaches it: a miss (7) or a beat (13).</summary>
    private static CheckInState At(CheckInPhase phase)
    {
        var context = Context();
        var value = phase == CheckInPhase.AskingWhatWorked ? "13" : "7";
        var state = CheckInConversation.Step(new("c1", "anna", Week, ["leads"], 0, CheckInPhase.AskingValue), new CheckInInput.Text(value), context).State;
        if (phase == CheckInPhase.AskingCause)
        {
            return state;
        }

        if (phase == CheckInPhase.AskingWhatWorked)
        {
            // A good week is no longer asked "what worked" after "what helped"; a conversation saved at that step
            // before still answers it.
            return state with { Phase = CheckInPhase.AskingWhatWorked };
        }

        if (phase == CheckInPhase.AskingOtherCause)
        {
            return CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.OtherCause), context).State;
        }

        state = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.ToggleCause, 0), context).State;
        state = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.CausesDone), context).State;
        Assert.Equal(phase, state.Phase);
        return state;
    }

    public static TheoryData<CheckInPhase, string> NumbersAtWordSteps()
    {
        var data = new TheoryData<CheckInPhase, string>();
        foreach (var phase in new[] { CheckInPhase.AskingCause, CheckInPhase.AskingOtherCause, CheckInPhase.AskingCountermeasure, CheckInPhase.AskingWhatWorked })
        {
            foreach (var typed in new[] { "12", "2", "1 850 000 руб", "1\u00A0850\u00A0000,50 ₽", "-5%", "1,5 млн", "99999999999999999999999999999999", "1.234", " 7 " })
            {
                data.Add(phase, typed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumbersAtWordSteps))]
    public void Number_AtAStepThatAsksForWords_NotStoredAndOffersTheValueOrWords(CheckInPhase phase, string typed)
    {
        var state = At(phase);

        var outcome = CheckInConversation.Step(state, new CheckInInput.Text(typed), Context());

        Assert.Empty(outcome.Effects);
        Assert.Equal(state with { Version = state.Version + 1 }, outcome.State);
        Assert.Equal([new CheckInReply.LooksLikeNumber("leads")], outcome.Replies);
    }

    [Theory]
    [InlineData(CheckInPhase.AskingCause)]
    [InlineData(CheckInPhase.AskingCountermeasure)]
    [InlineData(CheckInPhase.AskingWhatWorked)]
    public void CorrectValue_AfterANumberAsWords_AsksTheValueAgain(CheckInPhase phase)
    {
        var state = At(phase);

        var outcome = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.CorrectValue), Context());
        var corrected = CheckInConversation.Step(outcome.State, new CheckInInput.Text("11"), Context());

        Assert.Empty(outcome.Effects);
        Assert.Equal(CheckInPhase.AskingValue, outcome.State.Phase);
        Assert.Null(outcome.State.Deviation);
        Assert.Equal([new CheckInReply.AskValue(0)], outcome.Replies);
        Assert.Contains(new CheckInEffect.StoreValue("leads", Week, 11m), corrected.Effects);
    }

    [Theory]
    [InlineData(CheckInPhase.AskingCause, CheckInPhase.AskingOtherCause)]
    [InlineData(CheckInPhase.AskingOtherCause, CheckInPhase.AskingOtherCause)]
    [InlineData(CheckInPhase.AskingCountermeasure, CheckInPhase.AskingCountermeasure)]
    [InlineData(CheckInPhase.AskingWhatWorked, CheckInPhase.AskingWhatWorked)]
    public void TypeText_AfterANumberAsWords_AsksForTheWordsAgainAndTakesThem(CheckInPhase phase, CheckInPhase asked)
    {
        var state = At(phase);

        var outcome = CheckInConversation.Step(state, new CheckInInput.Choose(CheckInChoice.TypeText), Context());
        var words = CheckInConversation.Step(outcome.State, new CheckInInput.Text("12 звонков сорвались"), Context());

        Assert.Empty(outcome.Effects);
        Assert.Equal(asked, outcome.State.Phase);
        Assert.DoesNotContain(words.Replies, reply => reply is CheckInReply.LooksLikeNumber);
        Assert.NotEqual(asked, words.State.Phase);
    }

    [Theory]
    [InlineData("12 звонков сорвались")]
    [InlineData("Поднять ставки на 12%")]
    [InlineData("1e3")]
    [InlineData("2026-W48")]
    public void Words_WithNumbersInThem_TakenAsWords(string typed)
    {
        var state = At(CheckInPhase.AskingCountermeasure);

        var outcome = CheckInConversation.Step(state, new CheckInInput.Text(typed), Context());

        Assert.Equal(CheckInPhase.AskingDueDate, outcome.State.Phase);
        Assert.Equal(typed, outcome.State.Deviation!.Countermeasure);
    }
}
