using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

/// <summary>The check-in's confirmation of a value that breaks a funnel rule: the absurd value's step, with the rules it breaks.</summary>
public sealed class FunnelConfirmationTests
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");
    private static readonly FunnelRule QualifiedOfLeads = new("qualified", "leads");

    private static MetricDefinition Metric(string key) =>
        new(key, new MetricNames(key, key), FunnelStage.Interest, FunnelChannel.Other, MetricUnit.Count, MetricDirection.Higher, "anna");

    /// <summary>Leads and qualified leads asked in that order, with their values as the store holds them for the week.</summary>
    private static CheckInContext Context(decimal? leads, decimal? qualified, decimal? lastWeekLeads = null)
    {
        var values = new Dictionary<string, IReadOnlyDictionary<IsoWeek, decimal>>(StringComparer.Ordinal);
        if (leads is { } l)
        {
            values["leads"] = new Dictionary<IsoWeek, decimal> { [Week] = l };
        }

        if (qualified is { } q)
        {
            values["qualified"] = new Dictionary<IsoWeek, decimal> { [Week] = q };
        }

        var facts = new FunnelFacts(new FunnelCheck([QualifiedOfLeads]), new FunnelValues(values));
        return new CheckInContext(
            [new CheckInQuestion(Metric("leads"), null, lastWeekLeads, null, leads), new CheckInQuestion(Metric("qualified"), null, null, null, qualified)],
            En, Funnel: facts);
    }

    private static CheckInState Asking(int index) => new("c1", "anna", Week, ["leads", "qualified"], index, CheckInPhase.AskingValue);

    public static TheoryData<string, int, CheckInInput, decimal?, decimal?, bool> Cases => new()
    {
        { "typed qualified above the leads", 1, new CheckInInput.Text("25"), 20m, null, true },
        { "typed qualified within the leads", 1, new CheckInInput.Text("20"), 20m, null, false },
        { "no leads yet: nothing to compare", 1, new CheckInInput.Text("25"), null, null, false },
        { "0 leads under stored qualified", 0, new CheckInInput.Choose(CheckInChoice.Zero), null, 3m, true },
        { "last week's leads under stored qualified", 0, new CheckInInput.Choose(CheckInChoice.SameAsLastWeek), null, 9m, true },
        { "0 qualified never breaks", 1, new CheckInInput.Choose(CheckInChoice.Zero), 20m, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Step_Value_ConfirmedOnlyWhenItBreaksARule(string because, int index, CheckInInput input, decimal? leads, decimal? qualified, bool asks)
    {
        var outcome = CheckInConversation.Step(Asking(index), input, Context(leads, qualified, lastWeekLeads: 5m));

        Assert.True(asks == (outcome.State.Phase == CheckInPhase.ConfirmingValue), because);
        Assert.True(asks == outcome.Effects.Count is 0, because);
        if (asks)
        {
            var confirm = Assert.IsType<CheckInReply.ConfirmValue>(Assert.Single(outcome.Replies));
            Assert.False(confirm.Absurd);
            Assert.Equal(QualifiedOfLeads, Assert.Single(confirm.FunnelBreaks).Rule);
        }
    }

    [Fact]
    public void Step_Yes_StoresTheValueMarkedConfirmed()
    {
        var context = Context(20m, null);
        var asked = CheckInConversation.Step(Asking(1), new CheckInInput.Text("25"), context);

        var stored = CheckInConversation.Step(asked.State, new CheckInInput.Choose(CheckInChoice.ConfirmYes), context);

        Assert.Equal([new CheckInEffect.StoreValue("qualified", Week, 25m, FunnelConfirmed: true)], stored.Effects);
        Assert.Equal(CheckInPhase.Summary, stored.State.Phase);
    }

    [Fact]
    public void Step_CorrectIt_AsksTheValueAgainStoringNothing()
    {
        var context = Context(20m, null);
        var asked = CheckInConversation.Step(Asking(1), new CheckInInput.Text("25"), context);

        var again = CheckInConversation.Step(asked.State, new CheckInInput.Choose(CheckInChoice.ConfirmNo), context);

        Assert.Empty(again.Effects);
        Assert.Equal([new CheckInReply.AskValue(1)], again.Replies);
        Assert.Equal((CheckInPhase.AskingValue, (decimal?)null), (again.State.Phase, again.State.PendingValue));
    }

    [Fact]
    public void Step_AbsurdAndBreakingARule_OneConfirmationNamingBoth()
    {
        var context = Context(20m, null) with
        {
            Questions = [new CheckInQuestion(Metric("leads"), null, null, null, 20m), new CheckInQuestion(Metric("qualified"), 2m, null, 3m, null)],
        };

        var asked = CheckInConversation.Step(Asking(1), new CheckInInput.Text("250"), context);

        var confirm = Assert.IsType<CheckInReply.ConfirmValue>(Assert.Single(asked.Replies));
        Assert.True(confirm.Absurd);
        Assert.Single(confirm.FunnelBreaks);
    }
}
