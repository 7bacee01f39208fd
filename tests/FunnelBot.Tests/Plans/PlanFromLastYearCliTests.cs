using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// <c>plan from-last-year</c>: 2026 leads W01..W05 = 10..14 (January 60) and W53 = 7 (December, Thursday 31 December);
/// with +15%: January 69, December 7 x 1.15 = 8.05 -> 8; months without data get no plan.
/// </summary>
public sealed class PlanFromLastYearCliTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task SeedAsync()
    {
        var csv = _cli.Csv(
            "actuals.csv",
            "metric,week,value",
            "leads,2026-W01,10",
            "leads,2026-W02,11",
            "leads,2026-W03,12",
            "leads,2026-W04,13",
            "leads,2026-W05,14",
            "leads,2026-W53,7");
        Assert.Equal(0, (await _cli.Run("import", "actuals", csv)).ExitCode);
    }

    private async Task<string[]> ExportedPlansAsync()
    {
        var file = _cli.Folder.File("plans-export.csv");
        Assert.Equal(0, (await _cli.Run("export", "plans", file)).ExitCode);
        return await File.ReadAllLinesAsync(file);
    }

    [Fact]
    public async Task FromLastYear_Growth15_StoresMonthPlansRoundedAndPrintsThePreview()
    {
        await SeedAsync();

        var result = await _cli.Run("plan", "from-last-year", "--year", "2027", "--growth", "15");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("leads (Leads): 2026 67 -> 2027 77", result.Output, StringComparison.Ordinal);
        Assert.Contains("no plan set for: 2027-02, 2027-03", result.Output, StringComparison.Ordinal);
        Assert.Contains("skipped qualification_rate: a ratio", result.Output, StringComparison.Ordinal);
        Assert.Contains("Stored 2 month plan(s), 2 changed.", result.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note", "leads,2027-01,69,", "leads,2027-12,8,"], await ExportedPlansAsync());
    }

    [Fact]
    public async Task FromLastYear_DefaultYear_IsNextYear()
    {
        await SeedAsync();

        var result = await _cli.Run("plan", "from-last-year", "--growth", "-10", "--metric", "leads");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Plans for 2027 from the actuals of 2026, growth -10%", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("qualified (", result.Output, StringComparison.Ordinal);
        Assert.Contains("leads,2027-01,54,", await ExportedPlansAsync()); // 60 x 0.9
    }

    [Fact]
    public async Task FromLastYear_DryRun_PrintsButStoresNothing()
    {
        await SeedAsync();

        var result = await _cli.Run("plan", "from-last-year", "--year", "2027", "--growth", "15%", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026 67 -> 2027 77", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was stored.", result.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note"], await ExportedPlansAsync());
    }

    [Theory]
    [InlineData("--growth", "abc", "--growth")]
    [InlineData("--growth", "-100", "--growth")]
    [InlineData("--growth", "1001", "--growth")]
    [InlineData("--metric", "nope", "--metric: unknown metric 'nope'")]
    [InlineData("--metric", "qualification_rate", "is a ratio")]
    [InlineData("--year", "1", "--year")]
    [InlineData("--year", "soon", "--year")]
    public async Task FromLastYear_BadOption_Exit2NamesTheOptionStoresNothing(string option, string value, string expected)
    {
        await SeedAsync();
        string[] args = option == "--growth"
            ? ["plan", "from-last-year", "--year", "2027", option, value]
            : ["plan", "from-last-year", "--growth", "15", option, value];

        var result = await _cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note"], await ExportedPlansAsync());
    }
}
