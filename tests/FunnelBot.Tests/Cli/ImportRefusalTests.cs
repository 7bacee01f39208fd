using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class ImportRefusalTests
{
    [Theory]
    [InlineData("actuals", "nope,2026-W10,1", "unknown metric 'nope'")]
    [InlineData("actuals", "leads,2026-W54,1", "'2026-W54' is not an ISO week")]
    [InlineData("actuals", "leads,2026-W10,-1", "“-1”: the value can't be negative. Expected: a whole number ≥ 0, for example 12.")]
    [InlineData("actuals", "leads,2026-W10,1.5", "“1.5”: Leads is counted in whole numbers. Expected: a whole number ≥ 0, for example 12.")]
    [InlineData("actuals", "ad_spend,2026-W10,1.234", "“1.234”: at most 2 decimals are allowed. Expected: an amount ≥ 0 with at most 2 decimals, for example 1234.5.")]
    [InlineData("actuals", "open_rate,2026-W10,101", "“101”: a percentage is at most 100. Expected: a number from 0 to 100 with at most 2 decimals, for example 42.5.")]
    [InlineData("actuals", "leads,2026-W10", "expected 3 columns")]
    [InlineData("actuals", "leads,2026-W10,abc", "“abc” is not a number.")]
    [InlineData("actuals", "leads,2026-W10,1e3", "“1e3” is not a number.")]
    [InlineData("actuals", "qualification_rate,2026-W10,1", "is a ratio")]
    [InlineData("plans", "leads,2026-13,5", "'2026-13' is not a period")]
    [InlineData("plans", "leads,2026-W54,5", "'2026-W54' is not a period")]
    [InlineData("plans", "qualification_rate,2026-03,0.4", "is a ratio: its plan is a target per year")]
    [InlineData("plans", "qualification_rate,2026,40", "is a fraction, at most 1 (0.40 is 40%). Expected: a fraction from 0 to 1 or a percentage, for example 0.4 or 40%.")]
    [InlineData("plans", "leads,2026-03,-5", "“-5”: the value can't be negative.")]
    [InlineData("actuals", "leads,3000-W01,5", "'3000-W01' is outside the years 1900 to 2999")]
    [InlineData("actuals", "leads,0001-W01,5", "'0001-W01' is outside the years 1900 to 2999")]
    [InlineData("plans", "leads,0001-W01,5", "'0001-W01' is outside the years 1900 to 2999")]
    [InlineData("plans", "leads,1899-12,5", "'1899-12' is outside the years 1900 to 2999")]
    [InlineData("plans", "qualification_rate,3000,0.4", "'3000' is outside the years 1900 to 2999")]
    [InlineData("actuals", "leads,2026-W10,79000000000000000000000000000", "“79000000000000000000000000000” is too large: a value is at most 1000000000000000.")]
    [InlineData("actuals", "ad_spend,2026-W10,1000000000000000.01", "“1000000000000000.01” is too large: a value is at most 1000000000000000.")]
    [InlineData("plans", "leads,2026-03,79000000000000000000000000000", "“79000000000000000000000000000” is too large: a value is at most 1000000000000000.")]
    [InlineData("plans", "leads,2026,1000000000000001", "a value is at most 1000000000000000")]
    [InlineData("plans", "cost_per_lead,2026,2000000000000000", "a value is at most 1000000000000000")]
    [InlineData("plans", "nope,2026-03,5", "unknown metric 'nope'")]
    [InlineData("plans", "leads", "expected 3 or 4 columns")]
    public async Task Import_FileWithOneBadRow_IsRefusedWholeWithTheLine(string kind, string badRow, string reason)
    {
        using var cli = new CliRun(new TestConfig().WithCostPerLead()); // a money ratio: its target is an amount, bounded as one
        var good = kind == "actuals" ? "leads,2026-W09,7" : "leads,2026-03,40";
        var header = kind == "actuals" ? "metric,week,value" : "metric,period,value,note";
        var file = cli.Csv("bad.csv", header, good, badRow, good);

        var result = await cli.Run("import", kind, file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // no stack trace
        await AssertNothingStoredAsync(cli);
    }

    [Fact]
    public async Task Import_SeveralBadRows_ListsEveryLine()
    {
        using var cli = new CliRun();
        var file = cli.Csv("bad.csv", "metric,week,value", "nope,2026-W10,1", "leads,2026-W10,1", "leads,2026-W54,-2");

        var result = await cli.Run("import", "actuals", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: unknown metric 'nope'", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: '2026-W54' is not an ISO week", result.Error, StringComparison.Ordinal);
        Assert.Contains("can't be negative", result.Error, StringComparison.Ordinal); // both reasons of line 4
        Assert.DoesNotContain("line 3", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actuals", "", "line 1: the file is empty")]
    [InlineData("actuals", "metric,when,value\nleads,2026-W10,1\n", "line 1: expected the header 'metric,week,value'")]
    [InlineData("plans", "metric,week,value\nleads,2026-W10,1\n", "line 1: expected the header 'metric,period,value,note'")]
    public async Task Import_EmptyFileOrWrongHeader_IsRefused(string kind, string content, string expected)
    {
        using var cli = new CliRun();
        var file = cli.Folder.Write("bad.csv", content);

        var result = await cli.Run("import", kind, file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        await AssertNothingStoredAsync(cli);
    }

    [Fact]
    public async Task Import_FileWithBomAndCrLf_IsAccepted()
    {
        using var cli = new CliRun();
        var file = cli.Folder.File("bom.csv");
        await File.WriteAllTextAsync(file, "metric,week,value\r\nleads,2026-W10,12\r\n", new System.Text.UTF8Encoding(true));

        var result = await cli.Run("import", "actuals", file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("bom.csv: imported 1 weekly values, 1 changed, 0 unchanged.", result.Output.TrimEnd());
    }

    [Fact]
    public async Task Import_MissingFile_ExitsWithTwo()
    {
        using var cli = new CliRun();

        var result = await cli.Run("import", "actuals", cli.Folder.File("absent.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the file does not exist", result.Error, StringComparison.Ordinal);
    }

    private static async Task AssertNothingStoredAsync(CliRun cli)
    {
        var actuals = cli.Folder.File("after-actuals.csv");
        var plans = cli.Folder.File("after-plans.csv");
        Assert.Equal(0, (await cli.Run("export", "actuals", actuals)).ExitCode);
        Assert.Equal(0, (await cli.Run("export", "plans", plans)).ExitCode);
        Assert.Equal("metric,week,value\n", await File.ReadAllTextAsync(actuals));
        Assert.Equal("metric,period,value,note\n", await File.ReadAllTextAsync(plans));
    }
}
