using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Tests.Configuration;

public sealed class CauseListReaderTests
{
    private static CauseOptions Cause(string code, string family, string ru = "Причина", string en = "Cause") =>
        new() { Code = code, Family = family, Names = new MetricNamesOptions { Ru = ru, En = en } };

    [Fact]
    public void Read_TeamCause_OfferedBesideTheBuiltInOnes()
    {
        var problems = new ConfigurationProblems();

        var causes = CauseListReader.Read([Cause("trade_show_cancelled", "volume", "Выставку отменили", "Trade show cancelled")], problems);
        var catalogue = new CauseCatalogue(causes);

        Assert.False(problems.Any);
        var offered = catalogue.For(FunnelStage.Interest, DeviationKind.Negative);
        Assert.Contains(offered, c => c.Code == "trade_show_cancelled" && c.Names.En == "Trade show cancelled");
        Assert.Equal(Domain.Deviations.Cause.OtherCode, offered[^1].Code);
    }

    [Theory]
    [InlineData("Bad Code", "volume", "Causes[0].Code: 'Bad Code' must be 1-40 lowercase letters, digits or '_'")]
    [InlineData("call_plan_missed", "volume", "Causes[0].Code: 'call_plan_missed' is already a cause")]
    [InlineData("late_delivery", "sideways", "Causes[0].Family: 'sideways' is not one of volume, quality, positive")]
    [InlineData("late_delivery", "other", "Causes[0].Family: 'other' is not one of volume, quality, positive")]
    public void Read_BadCause_ReportedWithItsPath(string code, string family, string expected)
    {
        var problems = new ConfigurationProblems();

        var causes = CauseListReader.Read([Cause(code, family)], problems);

        Assert.Empty(causes);
        Assert.Contains(expected, problems.Lines);
    }

    [Fact]
    public void Read_MissingName_Reported()
    {
        var problems = new ConfigurationProblems();

        CauseListReader.Read([Cause("late_delivery", "quality", ru: " ")], problems);

        Assert.Contains("Causes[0].Names: both Ru and En are required", problems.Lines);
    }
}
