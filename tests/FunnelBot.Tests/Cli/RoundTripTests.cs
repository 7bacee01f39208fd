using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class RoundTripTests
{
    [Fact]
    public async Task ExportThenImport_IntoAnEmptyDatabase_ReExportsTheSameBytes()
    {
        using var first = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(first);
        var actuals = first.Folder.File("actuals-export.csv");
        var plans = first.Folder.File("plans-export.csv");
        Assert.Equal(0, (await first.Run("export", "actuals", actuals)).ExitCode);
        Assert.Equal(0, (await first.Run("export", "plans", plans)).ExitCode);

        using var second = new CliRun(ScorecardData.Team());
        Assert.Equal(0, (await second.Run("import", "plans", plans)).ExitCode);
        Assert.Equal(0, (await second.Run("import", "actuals", actuals)).ExitCode);
        var actualsAgain = second.Folder.File("actuals-again.csv");
        var plansAgain = second.Folder.File("plans-again.csv");
        Assert.Equal(0, (await second.Run("export", "actuals", actualsAgain)).ExitCode);
        Assert.Equal(0, (await second.Run("export", "plans", plansAgain)).ExitCode);

        Assert.Equal(await File.ReadAllBytesAsync(actuals), await File.ReadAllBytesAsync(actualsAgain));
        Assert.Equal(await File.ReadAllBytesAsync(plans), await File.ReadAllBytesAsync(plansAgain));
    }

    [Fact]
    public async Task ExportPlans_FormulaNotes_WrittenAfterAnApostropheAndImportedBackAsTyped()
    {
        using var first = new CliRun();
        var typed = first.Csv(
            "plans.csv",
            "metric,period,value,note",
            "leads,2026-W11,0,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            "leads,2026-W12,0,'quoted",
            "leads,2026-W13,0,'@guarded by hand");
        Assert.Equal(0, (await first.Run("import", "plans", typed)).ExitCode);
        var exported = first.Folder.File("plans-export.csv");
        Assert.Equal(0, (await first.Run("export", "plans", exported)).ExitCode);

        using var second = new CliRun();
        Assert.Equal(0, (await second.Run("import", "plans", exported)).ExitCode);
        var again = second.Folder.File("plans-again.csv");
        Assert.Equal(0, (await second.Run("export", "plans", again)).ExitCode);

        Assert.Equal(
            [
                "metric,period,value,note",
                "leads,2026-W11,0,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                "leads,2026-W12,0,'quoted",
                "leads,2026-W13,0,'@guarded by hand",
            ],
            await File.ReadAllLinesAsync(exported));
        Assert.Equal(await File.ReadAllBytesAsync(exported), await File.ReadAllBytesAsync(again));
    }

    [Fact]
    public async Task ExportPlans_WritesMonthsOverridesWithNotesAndRatioTargets()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);
        var plans = cli.Folder.File("plans-export.csv");

        Assert.Equal(0, (await cli.Run("export", "plans", plans)).ExitCode);
        var lines = await File.ReadAllLinesAsync(plans);

        Assert.Equal("metric,period,value,note", lines[0]);
        Assert.Contains("leads,2026-01,50,", lines);         // 530 x 5 / 53
        Assert.Contains("leads,2026-03,48,", lines);         // the later month row won
        Assert.Contains("leads,2026-W11,0,\"vacation, \"\"Anna\"\"\"", lines); // quoted as RFC 4180 says
        Assert.Contains("qualification_rate,2026,0.5,", lines);
        Assert.Contains("ad_spend,2026-03,4000.00,", lines);
        Assert.Equal(12 + 1 + 1 + 1 + 1 + 1, lines.Length); // header, 12 lead months, 1 override, 2 ratio targets, 1 ad_spend month
    }

    [Fact]
    public async Task ExportActuals_WritesMetricsInConfigurationOrderThenWeeks()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);
        var actuals = cli.Folder.File("actuals-export.csv");

        Assert.Equal(0, (await cli.Run("export", "actuals", actuals)).ExitCode);
        var lines = await File.ReadAllLinesAsync(actuals);

        Assert.Equal(
            [
                "metric,week,value",
                "leads,2025-W09,7", "leads,2025-W10,9", "leads,2026-W06,8", "leads,2026-W09,9", "leads,2026-W10,12",
                "ad_spend,2026-W10,1100.50",
                "qualified,2025-W10,3", "qualified,2026-W09,3", "qualified,2026-W10,6",
                "calls,2026-W10,5",
            ],
            lines);
    }
}
