using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using FunnelBot.DataFiles;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Hosting;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.DataFiles;

/// <summary>
/// A formula typed into every free-text field that reaches an export, stored through the real stores and written by the
/// real exporter (the one of the CLI's <c>export</c> and of the bot's <c>/export</c>). The host is built, never started.
/// </summary>
public sealed class ExportFormulaGuardTests : IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private static readonly IsoWeek Week = new(2026, 11);

    private readonly TempFolder _folder = new();
    private readonly IHost _host;

    public ExportFormulaGuardTests()
    {
        _host = BuildHost("first");
        Fill();
    }

    public static TheoryData<ExportFile, string, string> GuardedCells => new()
    {
        { ExportFile.Plans, "note", "'" + Hyperlink },            // a week override made from an absence carries its note
        { ExportFile.Plans, "note", "'-5 for the fair" },
        { ExportFile.Plans, "note", "'\tcmd" },
        { ExportFile.PlanHistory, "who", "'+maria" },
        { ExportFile.PlanHistory, "old_note", "'@SUM(A1:A9)" },
        { ExportFile.PlanHistory, "new_note", "'" + Hyperlink },
        { ExportFile.Causes, "cause_codes", "'+gone" },
        { ExportFile.Causes, "cause_names", "'+gone" },
        { ExportFile.Causes, "cause_names", "'-1+cmd; Other" },  // a team cause's name from the configuration
        { ExportFile.Causes, "other_text", "'=1+1" },
        { ExportFile.Causes, "other_text", "'\uFF1D1+1" },
        { ExportFile.Causes, "what_worked", "' =cmd|' /C calc'!A0" },
        { ExportFile.Causes, "reported_by", "'@anna" },
        { ExportFile.Tasks, "title", "'" + Hyperlink },
        { ExportFile.Tasks, "owner", "'-anna" },
        { ExportFile.Tasks, "created_by", "'+maria" },
        { ExportFile.Tasks, "closed_by", "'@maria" },
    };

    [Theory]
    [MemberData(nameof(GuardedCells))]
    public void Export_FormulaInFreeText_IsWrittenAfterAnApostrophe(ExportFile file, string column, string expected)
    {
        var rows = Export(_host, file);

        var index = rows[0].IndexOf(column);
        Assert.Contains(expected, rows.Skip(1).Select(row => row[index]));
    }

    [Fact]
    public void Export_EveryFile_HasNoCellASpreadsheetWouldRun()
    {
        foreach (var file in DataFileExporter.All)
        {
            var rows = Export(_host, file);

            Assert.True(rows.Count > 1, $"{file}: no data rows");
            Assert.All(rows.Skip(1).SelectMany(row => row), cell => Assert.False(StartsAFormula(cell), $"{file}: {cell}"));
        }
    }

    [Fact]
    public void ExportRussianCsv_EveryFile_HasNoCellASpreadsheetWouldRun()
    {
        foreach (var file in DataFileExporter.All)
        {
            var text = System.Text.Encoding.UTF8.GetString(Exporter(_host).ToBytes(file, ExportFormat.Csv, FileLanguage.Russian, byteOrderMark: false));
            var rows = Rows(text, ';');

            Assert.True(rows.Count > 1, $"{file}: no data rows");
            Assert.All(rows.Skip(1).SelectMany(row => row), cell => Assert.False(StartsAFormula(cell), $"{file}: {cell}"));
        }
    }

    [Fact]
    public void ExportXlsx_EveryFile_HasNoFormulaCell_AndTypedTextAsTyped()
    {
        foreach (var file in DataFileExporter.All)
        {
            var workbook = Exporter(_host).ToBytes(file, ExportFormat.Xlsx, FileLanguage.English, byteOrderMark: false);
            using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
            using var sheet = new StreamReader(archive.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = sheet.ReadToEnd();

            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        }

        var tasks = MiniExcelLibs.MiniExcel.Query(new MemoryStream(Exporter(_host).ToBytes(ExportFile.Tasks, ExportFormat.Xlsx, FileLanguage.English, byteOrderMark: false)), useHeaderRow: false)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Hyperlink, tasks[1]["B"]);
        Assert.Equal("-anna", tasks[1]["C"]);
    }

    [Fact]
    public void ExportPlansXlsx_ImportedIntoAFreshDatabase_GivesBackEveryNoteAsTyped()
    {
        var workbook = Exporter(_host).ToBytes(ExportFile.Plans, ExportFormat.Xlsx, FileLanguage.Russian, byteOrderMark: false);
        using var fresh = BuildHost("third");

        var read = XlsxRecords.Read(workbook);
        var result = fresh.Services.GetRequiredService<DataFileService>().Import(DataFileKind.Plans, read.Table!, ChangeAuthor.CliImport);

        Assert.False(result.IsRefused, string.Join("; ", result.Problems));
        Assert.Equal(Service<PlanStore>(_host).All(), Service<PlanStore>(fresh).All());
        Assert.Equal(Hyperlink, Service<PlanStore>(fresh).Get($"leads|{Week}")!.Note);
        Assert.Equal("\tcmd", Service<PlanStore>(fresh).Get("qualification_rate|2026")!.Note);
    }

    [Fact]
    public void ExportPlans_ImportedIntoAFreshDatabase_GivesBackEveryNoteAsTyped()
    {
        using var plans = new StringWriter(CultureInfo.InvariantCulture);
        Exporter(_host).Write(ExportFile.Plans, plans, "en");
        using var fresh = BuildHost("second");

        var result = fresh.Services.GetRequiredService<DataFileService>().ImportPlans(new StringReader(plans.ToString()), ChangeAuthor.CliImport);

        Assert.False(result.IsRefused, string.Join("; ", result.Problems));
        Assert.Equal(Service<PlanStore>(_host).All(), Service<PlanStore>(fresh).All());
        Assert.Equal(Hyperlink, Service<PlanStore>(fresh).Get($"leads|{Week}")!.Note);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private static bool StartsAFormula(string cell)
    {
        var visible = cell.TrimStart();
        return (cell.Length > 0 && cell[0] is '\t' or '\r' or '\n')
            || (visible.Length > 0 && visible[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20');
    }

    private static T Service<T>(IHost host)
        where T : notnull => host.Services.GetRequiredService<T>();

    private static DataFileExporter Exporter(IHost host) => Service<DataFileExporter>(host);

    private static List<List<string>> Export(IHost host, ExportFile file)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Exporter(host).Write(file, text, "en");
        return Rows(text.ToString(), ',');
    }

    private static List<List<string>> Rows(string csv, char separator)
    {
        using var source = new StringReader(csv);
        using var reader = CsvReader.Create(source, CsvReaderOptions.Default with { HasHeader = false, Separator = separator, FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add([.. reader.Current.ToArray()]);
        }

        return rows;
    }

    private IHost BuildHost(string name)
    {
        var config = new TestConfig().Set("Causes", new JsonArray(new JsonObject
        {
            ["Code"] = "team_cause",
            ["Names"] = new JsonObject { ["Ru"] = "-1+cmd", ["En"] = "-1+cmd" },
            ["Family"] = "volume",
        }));
        var sources = new ConfigurationSources(config.WriteTo(_folder), _folder.File($"{name}/funnelbot.db"), new Hashtable());
        return FunnelBotHost.CreateBuilder(sources, new FakeTimeProvider(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero))).Build();
    }

    private void Fill()
    {
        var chat = new ChangeAuthor("+maria", ChangeSource.Chat);
        var plans = Service<PlanStore>(_host);
        plans.SetAll([PlanEntry.ForWeek("leads", Week, 2m, "@SUM(A1:A9)")], chat);
        plans.SetAll([PlanEntry.ForWeek("leads", Week, 0m, Hyperlink)], chat);
        plans.SetAll(
            [PlanEntry.ForMonth("leads", new YearMonth(2026, 3), 40m, "-5 for the fair"), PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.5m, "\tcmd")],
            ChangeAuthor.CliImport);
        Service<WeeklyValueStore>(_host).SetAll([new WeeklyValue("leads", Week, 3m)], ChangeAuthor.Cli);

        var deviations = Service<DeviationStore>(_host);
        deviations.Update("leads", Week, deviation =>
        {
            deviation.Kind = DeviationKind.Negative;
            deviation.Deviation = 3m;
            deviation.Causes = ["team_cause", "other"];
            deviation.OtherText = "=1+1";
            deviation.ReportedBy = "@anna";
            deviation.TaskNumber = 1;
        });
        deviations.Update("qualified", Week, deviation =>
        {
            deviation.Kind = DeviationKind.Positive;
            deviation.Deviation = 4m;
            deviation.Causes = ["+gone"];
            deviation.OtherText = "\uFF1D1+1";
            deviation.WhatWorked = " =cmd|' /C calc'!A0";
            deviation.ReportedBy = "maria";
        });

        var tasks = Service<WorkTaskStore>(_host);
        var task = tasks.Create(new NewWorkTask(Hyperlink, "-anna", "+maria", new DateOnly(2026, 3, 20), "leads", Week));
        tasks.Close(task.Id, "@maria");
    }
}
