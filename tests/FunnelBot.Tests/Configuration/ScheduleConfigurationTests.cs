using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

/// <summary>
/// The <c>Schedule</c> section: <c>Schedule:Jobs:&lt;name&gt;:{Cron, Enabled}</c> for the jobs the scheduler declares,
/// read through the host's own binding. The old form (each job directly under <c>Schedule</c>), a name the scheduler
/// does not know and a bad cron stop start-up, each with a line naming the setting.
/// </summary>
public sealed class ScheduleConfigurationTests
{
    private const string KnownNames = "CheckInPrompt|Reminder|WeeklyDigest|MonthlyResults|OverdueAlert|CountermeasureOutcomes|Retention|Backup";

    [Fact]
    public void Read_NewForm_EachJobAsWrittenAndTheDefaultsForTheOnesLeftOut()
    {
        var config = new TestConfig();
        config.Json["Schedule"]!["Jobs"]!["Backup"] = new JsonObject { ["Cron"] = "0 15 2 * * ?", ["Enabled"] = false };
        config.Json["Schedule"]!["Jobs"]!.AsObject().Remove("Reminder");
        config.Json["Schedule"]!["Jobs"]!["reminder"] = new JsonObject { ["Cron"] = "0 0 9 ? * MON" }; // keys ignore case, as configuration does

        var schedule = config.Read().Schedule;

        Assert.Equal(new ScheduledJob("0 0 15 ? * FRI", true), schedule.Job("CheckInPrompt"));
        Assert.Equal(new ScheduledJob("0 0 9 ? * MON", true), schedule.Job("Reminder"));
        Assert.Equal(new ScheduledJob("0 0 10 ? * MON-FRI", true), schedule.Job("OverdueAlert"));
        Assert.Equal(new ScheduledJob("0 30 3 * * ?", true), schedule.Job("Retention")); // left out: its default
        Assert.Equal(new ScheduledJob("0 15 2 * * ?", false), schedule.Job("Backup"));
        Assert.Equal(KnownNames.Split('|'), schedule.Jobs.Keys);
        Assert.Equal(TimeSpan.FromDays(1), schedule.CatchUpWindow);
    }

    [Fact]
    public async Task Report_OldForm_ExitsWithTwoAndOneLinePerJobSayingTheNewForm()
    {
        var config = new TestConfig();
        var schedule = config.Json["Schedule"]!.AsObject();
        var jobs = schedule["Jobs"]!.AsObject();
        schedule.Remove("Jobs");
        foreach (var (name, job) in jobs.ToList())
        {
            jobs.Remove(name);
            schedule[name] = job;
        }

        using var cli = new CliRun(config);

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "Schedule.CheckInPrompt: is the old form; write it as Schedule.Jobs.CheckInPrompt",
                "Schedule.MonthlyResults: is the old form; write it as Schedule.Jobs.MonthlyResults",
                "Schedule.OverdueAlert: is the old form; write it as Schedule.Jobs.OverdueAlert",
                "Schedule.Reminder: is the old form; write it as Schedule.Jobs.Reminder",
                "Schedule.WeeklyDigest: is the old form; write it as Schedule.Jobs.WeeklyDigest",
            ],
            Lines(result.Error));
    }

    [Fact]
    public async Task RunBot_OldFormSetFromTheEnvironment_StopsStartUpNamingTheNewForm()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Schedule__Backup__Enabled"] = "false";
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["Schedule.Backup: is the old form; write it as Schedule.Jobs.Backup"], Lines(result.Error));
        Assert.False(File.Exists(cli.DatabasePath));
    }

    [Fact]
    public async Task Report_UnknownJobName_ExitsWithTwoNamingItAndTheKnownNames()
    {
        using var cli = new CliRun(new TestConfig().Set("Schedule.Jobs.MonthlyDigest", new JsonObject { ["Cron"] = "0 0 11 1W * ?" }));

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"Schedule.Jobs.MonthlyDigest: is not a job ({KnownNames})"], Lines(result.Error));
    }

    [Theory]
    [InlineData("CheckInPrompt")]
    [InlineData("Reminder")]
    [InlineData("WeeklyDigest")]
    [InlineData("MonthlyResults")]
    [InlineData("OverdueAlert")]
    [InlineData("Retention")]
    [InlineData("Backup")]
    public void Read_BadCron_OneLineNamingScheduleJobsNameCron(string job)
    {
        var problems = Problems(new TestConfig().Set($"Schedule.Jobs.{job}", new JsonObject { ["Cron"] = "0 0 25 * * ?" }));

        var line = Assert.Single(problems);
        Assert.StartsWith($"Schedule.Jobs.{job}.Cron: '0 0 25 * * ?' is not a valid Quartz cron expression (", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherKeyUnderSchedule_NamedWithTheSectionsSettings()
    {
        var problems = Problems(new TestConfig().Set("Schedule.CatchUp", JsonValue.Create("2.00:00:00")));

        Assert.Equal(["Schedule.CatchUp: is not a setting of Schedule (Jobs, CatchUpWindow)"], problems);
    }

    private static IReadOnlyList<string> Problems(TestConfig config) => Assert.Throws<InvalidConfigurationException>(config.Read).Problems;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
