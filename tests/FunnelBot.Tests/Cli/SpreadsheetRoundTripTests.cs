using System.Globalization;
using System.Text;
using CsvHelper;
using FunnelBot.Tests.Support;
using MiniExcelLibs;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// The spreadsheet exports of the command line through the real CLI and a real LiteDB file: a Russian CSV and a
/// workbook in either language import back into an empty database and give the same stores, which an English
/// re-export (the bytes of every stored value and plan) proves; importing an export into its own database changes nothing.
/// </summary>
public sealed class SpreadsheetRoundTripTests
{
    public static TheoryData<string, string[]> Exports => new()
    {
        { ".csv", ["--locale", "ru"] },
        { ".xlsx", ["--locale", "ru"] },
        { ".xlsx", [] },
        { ".xlsx", ["--locale", "en"] },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task ExportThenImport_IntoAnEmptyDatabase_GivesTheSameStores(string extension, string[] locale)
    {
        using var first = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(first);
        var actuals = first.Folder.File("actuals-export" + extension);
        var plans = first.Folder.File("plans-export" + extension);
        Assert.Equal(0, (await first.Run(["export", "actuals", actuals, .. locale])).ExitCode);
        Assert.Equal(0, (await first.Run(["export", "plans", plans, .. locale])).ExitCode);

        using var second = new CliRun(ScorecardData.Team());
        var plansImport = await second.Run("import", "plans", plans);
        var actualsImport = await second.Run("import", "actuals", actuals);

        Assert.True(plansImport.ExitCode == 0, plansImport.Error);
        Assert.True(actualsImport.ExitCode == 0, actualsImport.Error);
        Assert.Contains("imported 10 weekly values, 10 changed, 0 unchanged.", actualsImport.Output, StringComparison.Ordinal);
        foreach (var kind in new[] { "actuals", "plans" })
        {
            var before = await EnglishExportAsync(first, kind);
            var after = await EnglishExportAsync(second, kind);
            if (extension == ".csv")
            {
                Assert.Equal(before, after); // text keeps a value's written decimals (1100.50)
            }
            else
            {
                Assert.Equal(Values(before), Values(after)); // a numeric cell is a number: 1100.50 comes back as 1100.5, the same value
            }
        }
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task ImportOfItsOwnExport_ChangesNothing(string extension, string[] locale)
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);
        var plans = cli.Folder.File("plans-export" + extension);
        var actuals = cli.Folder.File("actuals-export" + extension);
        await cli.Run(["export", "plans", plans, .. locale]);
        await cli.Run(["export", "actuals", actuals, .. locale]);
        var history = await cli.Run("export", "plan-history", cli.Folder.File("history-before.csv"));

        var plansAgain = await cli.Run("import", "plans", plans);
        var actualsAgain = await cli.Run("import", "actuals", actuals);

        Assert.Contains(", 0 changed, 16 unchanged.", plansAgain.Output, StringComparison.Ordinal);
        Assert.Contains("imported 10 weekly values, 0 changed, 10 unchanged.", actualsAgain.Output, StringComparison.Ordinal);
        Assert.Equal(0, history.ExitCode);
        Assert.Equal(0, (await cli.Run("export", "plan-history", cli.Folder.File("history-after.csv"))).ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(cli.Folder.File("history-before.csv")), await File.ReadAllBytesAsync(cli.Folder.File("history-after.csv")));
    }

    [Fact]
    public async Task ExportLocaleRu_Csv_SemicolonsDecimalCommaBomRussianHeadersNamesAndDates()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);
        var actuals = cli.Folder.File("actuals.ru.csv");
        var plans = cli.Folder.File("plans.ru.csv");

        Assert.Equal(0, (await cli.Run("export", "actuals", actuals, "--locale", "ru")).ExitCode);
        Assert.Equal(0, (await cli.Run("export", "plans", plans, "--locale", "RU")).ExitCode);
        var actualBytes = await File.ReadAllBytesAsync(actuals);
        var actualLines = Encoding.UTF8.GetString(actualBytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var planLines = (await File.ReadAllLinesAsync(plans)).Select(line => line.TrimStart('\uFEFF')).ToList();

        Assert.Equal([0xEF, 0xBB, 0xBF], actualBytes[..3]);
        Assert.Equal("Код метрики;Метрика;Код недели;Неделя;Значение", actualLines[0]);
        Assert.Contains("leads;Лиды;2026-W10;02.03.2026–08.03.2026;12", actualLines);
        Assert.Contains("ad_spend;Расход на рекламу;2026-W10;02.03.2026–08.03.2026;1100,50", actualLines);
        Assert.Equal("Код метрики;Метрика;Код периода;Период;План;Примечание", planLines[0]);
        Assert.Contains("leads;Лиды;2026-03;март 2026;48;", planLines);
        Assert.Contains("leads;Лиды;2026-W11;09.03.2026–15.03.2026;0;\"vacation, \"\"Anna\"\"\"", planLines);
        Assert.Contains("qualification_rate;Доля квалифицированных;2026;2026 год;0,5;", planLines);
    }

    [Fact]
    public async Task ExportWithoutLocale_StaysTheEnglishLayoutForScripts_EvenForARussianTeam()
    {
        using var cli = new CliRun(new TestConfig(locale: "ru").WithCostPerLead());
        await ScorecardData.ImportAsync(cli);
        var actuals = cli.Folder.File("actuals.csv");

        Assert.Equal(0, (await cli.Run("export", "actuals", actuals)).ExitCode);

        var bytes = await File.ReadAllBytesAsync(actuals);
        Assert.NotEqual((byte)0xEF, bytes[0]);
        Assert.Equal("metric,week,value", (await File.ReadAllLinesAsync(actuals))[0]);
        Assert.Contains("ad_spend,2026-W10,1100.50", await File.ReadAllLinesAsync(actuals));
    }

    [Fact]
    public async Task ExportXlsx_NumbersAreNumericCellsUnderTheRussianHeader()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);
        var plans = cli.Folder.File("plans.xlsx");

        var export = await cli.Run("export", "plans", plans, "--locale", "ru");
        Assert.True(export.ExitCode == 0, export.Error);

        var rows = MiniExcel.Query(plans, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(row => row.Values.ToList()).ToList();
        Assert.Equal(["Код метрики", "Метрика", "Код периода", "Период", "План", "Примечание"], rows[0]);
        var adSpend = rows.Single(row => (string?)row[0] == "ad_spend");
        Assert.Equal(["ad_spend", "Расход на рекламу", "2026-03", "март 2026", 4000d, null], adSpend);
        Assert.Equal(0.5d, rows.Single(row => (string?)row[0] == "qualification_rate")[4]);
        Assert.Equal(MiniExcel.GetSheetNames(plans), ["Планы"]);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("russian")]
    public async Task Export_UnknownLocale_RefusedWritingNothing(string locale)
    {
        using var cli = new CliRun();
        var file = cli.Folder.File("actuals.csv");

        var result = await cli.Run("export", "actuals", file, "--locale", locale);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--locale: '{locale}' is not ru or en", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task ImportXlsx_BadCell_RefusedWithTheCsvMessageAndItsRowNumber()
    {
        using var first = new CliRun();
        Assert.Equal(0, (await first.Run("import", "actuals", first.Csv("a.csv", "metric,week,value", "leads,2026-W09,7"))).ExitCode);
        var workbook = first.Folder.File("bad.xlsx");
        MiniExcel.SaveAs(workbook, new[]
        {
            new Dictionary<string, object?> { ["A"] = "Код метрики", ["B"] = "Код недели", ["C"] = "Значение" },
            new Dictionary<string, object?> { ["A"] = "leads", ["B"] = "2026-W10", ["C"] = 12m },
            new Dictionary<string, object?> { ["A"] = null, ["B"] = null, ["C"] = null },
            new Dictionary<string, object?> { ["A"] = "leads", ["B"] = "2026-W11", ["C"] = 1.5m },
            new Dictionary<string, object?> { ["A"] = "nope", ["B"] = "2026-W12", ["C"] = "abc" },
        }, printHeader: false);

        var result = await first.Run("import", "actuals", workbook);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.xlsx: refused, nothing was imported (2 bad line(s)):", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: “1.5”: Leads is counted in whole numbers. Expected: a whole number ≥ 0, for example 12.", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: unknown metric 'nope'; “abc” is not a number.", result.Error, StringComparison.Ordinal);
        var after = await EnglishExportAsync(first, "actuals");
        Assert.Equal("metric,week,value\nleads,2026-W09,7\n", Encoding.UTF8.GetString(after));
    }

    [Fact]
    public async Task ImportXlsx_NotAWorkbook_RefusedAsUnreadable()
    {
        using var cli = new CliRun();
        var file = cli.Folder.Write("broken.xlsx", "metric,week,value\nleads,2026-W10,1\n");

        var result = await cli.Run("import", "actuals", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.xlsx: not an Excel workbook (.xlsx) that can be read", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The rows of an English export with each value as the number it is (<c>1100.50</c> and <c>1100.5</c> alike).</summary>
    private static List<string> Values(byte[] csv)
    {
        using var source = new StringReader(Encoding.UTF8.GetString(csv));
        using var reader = CsvReader.Create(source, CsvReaderOptions.Default with { HasHeader = false, FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<string>();
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            if (rows.Count > 0)
            {
                fields[2] = decimal.Parse(fields[2], CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture);
            }

            rows.Add(string.Join('|', fields));
        }

        return rows;
    }

    private static async Task<byte[]> EnglishExportAsync(CliRun cli, string kind)
    {
        var file = cli.Folder.File($"{kind}-{Guid.NewGuid():N}.csv");
        var result = await cli.Run("export", kind, file, "--locale", "en");
        Assert.True(result.ExitCode == 0, result.Error);
        return await File.ReadAllBytesAsync(file);
    }
}
