using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Deviations;

public sealed class CauseCatalogueTests
{
    [Fact]
    public void Default_HoldsEveryBuiltInCauseOtherLast()
    {
        var all = CauseCatalogue.Default.All;

        Assert.Equal(CauseCatalogue.BuiltIn.Count, all.Count);
        Assert.Equal(Cause.OtherCode, all[^1].Code);
    }

    [Theory]
    [InlineData("call_plan_missed", "ru", "Не выполнен план звонков (разговоров в день)")]
    [InlineData("late_contact", "en", "Client not contacted in time")]
    [InlineData(Cause.OtherCode, "en", "Other")]
    public void Find_Code_NameInTheLanguage(string code, string language, string expected)
    {
        Assert.Equal(expected, CauseCatalogue.Default.Find(code)?.Names.For(language));
    }

    [Fact]
    public void Find_UnknownCode_Null()
    {
        Assert.Null(CauseCatalogue.Default.Find("nope"));
    }

    [Fact]
    public void Constructor_TeamCause_AddedBeforeOther()
    {
        var catalogue = new CauseCatalogue([new Cause("webinar_cancelled", new MetricNames("Вебинар отменён", "Webinar cancelled"), CauseFamily.Volume)]);

        Assert.Equal(["webinar_cancelled", Cause.OtherCode], catalogue.All.TakeLast(2).Select(c => c.Code));
    }
}
