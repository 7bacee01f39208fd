using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>
/// <c>plan from-last-year</c>: 2026 leads W01..W05 = 10..14 (January 60, every week) and W53 = 7 (December, Thursday
/// 31 December). "Now" is Sunday 8 March 2026, so March to December 2026 are not over: with +15% only January gets a
/// plan (69); months without data or not over get none.
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
        Assert.Contains("leads (Leads): actual 60 -> plan 69\n    no data: 2026-02\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("skipped qualification_rate: a ratio", result.Output, StringComparison.Ordinal);
        Assert.Contains("Not over yet: 2026-03, 2026-04, 2026-05, 2026-06, 2026-07, 2026-08, 2026-09, 2026-10, 2026-11, 2026-12.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Months not over or with weeks without data get no plan (the plans they have stay).", result.Output, StringComparison.Ordinal);
        Assert.Contains("Stored 1 month plan(s), 1 changed.", result.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note", "leads,2027-01,69,"], await ExportedPlansAsync());
    }

    [Fact]
    public async Task FromLastYear_DefaultYearInJanuary_IsTheYearJustBegun()
    {
        await SeedAsync();
        _cli.Time.SetUtcNow(new DateTimeOffset(2027, 1, 10, 12, 0, 0, TimeSpan.Zero));

        var result = await _cli.Run("plan", "from-last-year", "--growth", "-10", "--metric", "leads");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Plans for 2027 from the actuals of 2026, growth -10%", result.Output, StringComparison.Ordinal);
        Assert.Contains("    2026-12: no data for 2026-W49, 2026-W50, 2026-W51, 2026-W52", result.Output, StringComparison.Ordinal); // over, but only W53 stored
        Assert.DoesNotContain("Not over yet", result.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note", "leads,2027-01,54,"], await ExportedPlansAsync());
    }

    [Fact]
    public async Task FromLastYear_TwoYearsBackAndManualPlans_KeptUnlessReplaceManual()
    {
        await SeedAsync();
        var older = _cli.Csv("older.csv", "metric,week,value", "leads,2025-W49,5", "leads,2025-W50,5", "leads,2025-W51,5", "leads,2025-W52,5");
        Assert.Equal(0, (await _cli.Run("import", "actuals", older)).ExitCode);
        var plans = _cli.Csv("plans.csv", "metric,period,value,note", "leads,2027-01,50,by hand");
        Assert.Equal(0, (await _cli.Run("import", "plans", plans)).ExitCode);

        var kept = await _cli.Run("plan", "from-last-year", "--year", "2027", "--growth", "15", "--metric", "leads", "--incomplete", "two-years-back");

        Assert.Equal(0, kept.ExitCode);
        Assert.Contains("    from 2025: 2025-12\n", kept.Output, StringComparison.Ordinal);
        Assert.Contains("Set by hand, kept unless --replace-manual:\n  leads 2027-01: 50 \"by hand\" (from last year: 69)", kept.Output, StringComparison.Ordinal);
        Assert.Contains("1 plan(s) set by hand kept.", kept.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note", "leads,2027-01,50,by hand", "leads,2027-12,23,"], await ExportedPlansAsync()); // 4 x 5 x 1.15

        var replaced = await _cli.Run("plan", "from-last-year", "--year", "2027", "--growth", "15", "--metric", "leads", "--replace-manual");

        Assert.Contains("1 plan(s) set by hand replaced.", replaced.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note", "leads,2027-01,69,", "leads,2027-12,23,"], await ExportedPlansAsync()); // December is left out this time: its plan stays
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
        Assert.Contains("actual 60 -> plan 69", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was stored.", result.Output, StringComparison.Ordinal);
        Assert.Equal(["metric,period,value,note"], await ExportedPlansAsync());
    }

    [Theory]
    [InlineData("--growth", "abc", "--growth")]
    [InlineData("--growth", "-100", "--growth")]
    [InlineData("--growth", "1001", "--growth")]
    [InlineData("--metric", "nope", "--metric: unknown metric 'nope'")]
    [InlineData("--metric", "qualification_rate", "is a ratio")]
    [InlineData("--year", "1", "--year: 1 is outside the years 1900 to 2999")]
    [InlineData("--year", "1899", "--year: 1899 is outside the years 1900 to 2999")]
    [InlineData("--year", "3000", "--year: 3000 is outside the years 1900 to 2999")]
    [InlineData("--year", "soon", "--year")]
    [InlineData("--incomplete", "partial", "--incomplete")]
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
