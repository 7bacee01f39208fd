using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Tests.Scheduling;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Tests.Retention;

/// <summary>The <c>Storage:Retention</c> section and the retention job's schedule: defaults, and a bad value stops start-up naming the setting.</summary>
public sealed class RetentionConfigurationTests
{
    [Theory]
    [InlineData("HandledUpdates", "a month", "'a month' is not a time span from 2.00:00:00 to 3650.00:00:00 such as 30.00:00:00")]
    [InlineData("HandledUpdates", "1.00:00:00", "'1.00:00:00' is not a time span from 2.00:00:00")]
    [InlineData("JobRuns", "30.00:00:00", "'30.00:00:00' is not a time span from 40.00:00:00")]
    [InlineData("ChatNotices", "-1.00:00:00", "'-1.00:00:00' is not a time span from 1.00:00:00")]
    [InlineData("Invitations", "4000.00:00:00", "'4000.00:00:00' is not a time span from 00:00:00 to 3650.00:00:00")]
    [InlineData("BindRequests", "", "'' is not a time span from 00:00:00")]
    [InlineData("SentKeyboards", "1.00:00:00", "'1.00:00:00' is not a time span from 2.00:00:00")]
    public async Task Report_BadRetention_ExitsWithTwoAndNamesTheSetting(string setting, string value, string expected)
    {
        var config = new TestConfig();
        config.Json["Storage"]!["Retention"] = new JsonObject { [setting] = value };
        using var cli = new CliRun(config);

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"Storage.Retention.{setting}: {expected}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_JobRunsShorterThanTheCatchUpWindow_Fails()
    {
        using var folder = new TempFolder();
        var config = new TestConfig().Set("Schedule.CatchUpWindow", JsonValue.Create("60.00:00:00"));
        config.Json["Storage"]!["Retention"] = new JsonObject { ["JobRuns"] = "50.00:00:00" };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(config.WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", folder.File("db/funnelbot.db"))]);
        builder.AddFunnelBot();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            ["Storage.Retention.JobRuns: '50.00:00:00' is not a time span from 60.00:00:00 to 3650.00:00:00 such as 400.00:00:00"],
            exception.Failures);
    }

    [Fact]
    public void Read_SectionsLeftOut_DefaultsAndTheNightlyJob()
    {
        var problems = new ConfigurationProblems();
        var schedule = ScheduleTeams.TeamJobsOptions();
        var withoutCron = ScheduleTeams.TeamJobsOptions();
        withoutCron.Jobs["Retention"] = new CronOptions { Enabled = false };

        var read = ScheduleReader.Read(schedule, ScheduleTeams.KnownJobs, problems);
        var switchedOff = ScheduleReader.Read(withoutCron, ScheduleTeams.KnownJobs, problems);
        var retention = RetentionSectionReader.Read(new RetentionOptions(), TimeSpan.FromDays(1), problems);

        Assert.Empty(problems.Lines);
        Assert.Equal(new ScheduledJob("0 30 3 * * ?", true), read!.Job("Retention"));
        Assert.Equal(new ScheduledJob("0 30 3 * * ?", false), switchedOff!.Job("Retention"));
        Assert.Equal(RetentionSettings.Default, retention);
        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromDays(400)), (retention.HandledUpdates, retention.JobRuns));
    }
}
