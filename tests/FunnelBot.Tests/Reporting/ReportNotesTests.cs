using System.Text.Json;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.Tests.Cli;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Reporting;

/// <summary>The report of a week carries, per metric, that week's causes and countermeasures (JSON and text).</summary>
public sealed class ReportNotesTests
{
    private static readonly IsoWeek W10 = new(2026, 10);

    [Fact]
    public async Task ReportJson_MetricWithDeviationAndTask_CausesAndCountermeasuresAfterTheContractFields()
    {
        using var cli = new CliRun();
        Prepare(cli);

        using var json = await ReportJsonTests.ReportAsync(cli, "2026-W10");
        var leads = Metric(json, "leads");

        Assert.Equal(["call_plan_missed", "other"], leads.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Trade fair <moved>", leads.GetProperty("otherCause").GetString());
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("whatWorked").ValueKind);
        var task = Assert.Single(leads.GetProperty("countermeasures").EnumerateArray());
        Assert.Equal(1, task.GetProperty("task").GetInt32());
        Assert.Equal("Call the new list", task.GetProperty("title").GetString());
        Assert.Equal("anna", task.GetProperty("owner").GetString());
        Assert.Equal("2026-03-13", task.GetProperty("due").GetString());
        Assert.Equal("open", task.GetProperty("status").GetString());
        Assert.False(leads.GetProperty("noCountermeasure").GetBoolean());
        var spend = Metric(json, "ad_spend");
        Assert.Equal("Spring campaign", spend.GetProperty("whatWorked").GetString());
        Assert.Empty(spend.GetProperty("countermeasures").EnumerateArray());
        Assert.True(spend.GetProperty("noCountermeasure").GetBoolean());
    }

    [Fact]
    public async Task ReportJson_DeviationNamesAnUnlinkedTask_ListedAsItsCountermeasure()
    {
        using var cli = new CliRun();
        Prepare(cli);

        using var json = await ReportJsonTests.ReportAsync(cli, "2026-W10");
        var task = Assert.Single(Metric(json, "open_rate").GetProperty("countermeasures").EnumerateArray());

        Assert.Equal((2, "Fix the form", "2026-03-20"), (task.GetProperty("task").GetInt32(), task.GetProperty("title").GetString(), task.GetProperty("due").GetString()));
    }

    [Fact]
    public async Task ReportJson_MetricWithoutNotes_EmptyArraysNullsAndFalse()
    {
        using var cli = new CliRun();
        Prepare(cli);

        using var json = await ReportJsonTests.ReportAsync(cli, "2026-W10");
        var calls = Metric(json, "calls");

        Assert.Empty(calls.GetProperty("causes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, calls.GetProperty("otherCause").ValueKind);
        Assert.Equal(JsonValueKind.Null, calls.GetProperty("whatWorked").ValueKind);
        Assert.Empty(calls.GetProperty("countermeasures").EnumerateArray());
        Assert.False(calls.GetProperty("noCountermeasure").GetBoolean());
    }

    [Fact]
    public async Task ReportJson_OverdueTasksMetric_AutomaticInConfigurationOrderCountedFromTasks()
    {
        var config = new TestConfig();
        config.Json["Metrics"]!.AsArray().Insert(1, Tasks.OverdueTests.OverdueTasksMetricJson());
        using var cli = new CliRun(config);
        Prepare(cli, taskDue: new DateOnly(2026, 3, 4)); // due Wednesday of W10: overdue by Sunday 15:00

        using var json = await ReportJsonTests.ReportAsync(cli, "2026-W10");
        var keys = json.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("key").GetString()).ToList();
        var overdue = Metric(json, "overdue_tasks");

        Assert.Equal("overdue_tasks", keys[1]);
        Assert.Equal("automatic", overdue.GetProperty("kind").GetString());
        Assert.Equal("lower", overdue.GetProperty("direction").GetString());
        Assert.True(overdue.GetProperty("submitted").GetBoolean());
        Assert.Equal(1m, overdue.GetProperty("week").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task ReportText_WeekWithNotes_SectionAfterTheTable()
    {
        using var cli = new CliRun();
        Prepare(cli);

        var result = await cli.Run("report", "--week", "2026-W10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "\nCauses and countermeasures\n"
            + "leads: causes: Call plan missed (conversations per day); Other: \"Trade fair <moved>\" | tasks: #1 Call the new list (anna, due 2026-03-13, open)\n"
            + "ad_spend: causes: New campaign | worked: \"Spring campaign\" | no countermeasure\n",
            result.Output,
            StringComparison.Ordinal);
    }

    /// <summary>Stores what W10 check-ins would have written: three deviations, a task linked to leads and one only named.</summary>
    private static void Prepare(CliRun cli, DateOnly? taskDue = null)
    {
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var deviations = new DeviationStore(database, cli.Time);
        var tasks = new WorkTaskStore(database, cli.Time);
        var task = tasks.Create(new NewWorkTask("Call the new list", "anna", "maria", taskDue ?? new DateOnly(2026, 3, 13), "leads", W10));
        deviations.Update("leads", W10, d =>
        {
            d.Kind = DeviationKind.Negative;
            d.Causes = ["call_plan_missed", Cause.OtherCode];
            d.OtherText = "Trade fair <moved>";
            d.TaskNumber = task.Id;
            d.Deviation = -3m;
        });
        deviations.Update("ad_spend", W10, d =>
        {
            d.Kind = DeviationKind.Positive;
            d.Causes = ["new_campaign"];
            d.WhatWorked = "Spring campaign";
            d.NoCountermeasure = true;
            d.Deviation = 100.5m;
        });
        var unlinked = tasks.Create(new NewWorkTask("Fix the form", "anna", "anna", new DateOnly(2026, 3, 20)));
        deviations.Update("open_rate", W10, d =>
        {
            d.Kind = DeviationKind.Negative;
            d.Causes = ["click_plan_missed"];
            d.TaskNumber = unlinked.Id;
        });
    }

    private static JsonElement Metric(JsonDocument json, string key) =>
        json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("key").GetString() == key);
}
