using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class ExportRecordFilesTests
{
    [Fact]
    public async Task ImportPlans_SemicolonSeparated_IsReadLikeCommas()
    {
        using var cli = new CliRun();
        var file = cli.Csv("plans-semicolon.csv", "metric;period;value;note", "leads;2026-03;48;", "leads;2026-W11;0;vacation, Anna");

        var result = await cli.Run("import", "plans", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("imported 2 plan entries", result.Output, StringComparison.Ordinal);
        var exported = cli.Folder.File("plans-out.csv");
        Assert.Equal(0, (await cli.Run("export", "plans", exported)).ExitCode);
        Assert.Contains("leads,2026-W11,0,\"vacation, Anna\"", await File.ReadAllLinesAsync(exported));
    }

    [Fact]
    public async Task ExportPlanHistory_AfterTwoImports_ListsEachChangeWithOldAndNew()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.Run("import", "plans", cli.Csv("a.csv", "metric,period,value,note", "leads,2026-W11,5,first"))).ExitCode);
        Assert.Equal(0, (await cli.Run("import", "plans", cli.Csv("b.csv", "metric,period,value,note", "leads,2026-W11,0,=vacation"))).ExitCode);
        var file = cli.Folder.File("history.csv");

        var result = await cli.Run("export", "plan-history", file);

        Assert.Equal(0, result.ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            [
                "at_utc,who,source,metric,period,old_value,new_value,old_note,new_note",
                "2026-03-08T12:00:00Z,cli,import,leads,2026-W11,,5,,first",
                "2026-03-08T12:00:00Z,cli,import,leads,2026-W11,5,0,first,'=vacation",
            ],
            await File.ReadAllLinesAsync(file));
    }

    [Theory]
    [InlineData("causes", "week,metric,kind,deviation,cause_codes,cause_names,other_text,what_worked,countermeasure_task,no_countermeasure,reported_by,at_utc")]
    [InlineData("tasks", "number,title,owner,created_by,created_at_utc,due,status,metric,week,closed_at_utc,closed_by")]
    public async Task ExportRecordFile_EmptyDatabase_WritesTheHeaderOnly(string kind, string header)
    {
        using var cli = new CliRun();
        var file = cli.Folder.File(kind + ".csv");

        var result = await cli.Run("export", kind, file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([header], await File.ReadAllLinesAsync(file));
    }
}
