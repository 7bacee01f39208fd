using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class ReportTextTests
{
    [Fact]
    public async Task Report_Text_PrintsAlignedRowsWithFigures()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        var result = await cli.Run("report", "--week", "2026-W10");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Week 2026-W10 (2026-03-02 .. 2026-03-08), month 2026-03, quarter 2026-Q1", lines[0]);
        var header = lines[1];
        Assert.StartsWith("metric ", header, StringComparison.Ordinal);
        var leads = lines.Single(line => line.StartsWith("leads ", StringComparison.Ordinal));
        var spend = lines.Single(line => line.StartsWith("ad_spend ", StringComparison.Ordinal));
        var rate = lines.Single(line => line.StartsWith("qualification_rate ", StringComparison.Ordinal));
        // leads: 12 of 12 (100%), month 12 / 12, year 29 / 102, year against last year (29 - 16) / 16 = +81%
        Assert.Matches(@"^leads\s+anna\s+12\s+12\s+100%\s+green\s+12 / 12\s+29 / 102\s+\+81%$", leads);
        // ad_spend written as the chat writes money (en-US, decimals only where there are some): 1,100.5 against 1,000,
        // 110% (1100.5 / 1000), yellow
        Assert.Matches(@"^ad_spend\s+anna\s+1,100\.5\s+1,000\s+110%\s+yellow\s", spend);
        // a percent ratio is shown x100: 6 / 12 = 50%
        Assert.Matches(@"^qualification_rate\s+maria\s+50%\s+50%\s+100%\s+green\s", rate);
        // aligned: the zone column starts at the same position in the header and every row
        var zoneColumn = header.IndexOf("zone", StringComparison.Ordinal);
        Assert.Equal(zoneColumn, leads.IndexOf("green", StringComparison.Ordinal));
        Assert.Equal(zoneColumn, spend.IndexOf("yellow", StringComparison.Ordinal));
        // right-aligned numbers: the actual column ends at the same position as its header
        var actualEnd = header.IndexOf("actual", StringComparison.Ordinal) + "actual".Length;
        Assert.Equal(actualEnd, leads.IndexOf("12", StringComparison.Ordinal) + 2);
        Assert.Equal(actualEnd, spend.IndexOf("1,100.5", StringComparison.Ordinal) + "1,100.5".Length);
    }
}
