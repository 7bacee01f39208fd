using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Tests.Scheduling;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace FunnelBot.Tests.Configuration;

public sealed class ShippedConfigurationTests
{
    /// <summary>The build copies config/funnelbot.json beside the FunnelBot assembly (and so into the test output).</summary>
    private static readonly string ShippedPath = Path.Combine(AppContext.BaseDirectory, "config", "funnelbot.json");

    [Fact]
    public void ShippedConfiguration_Validates_WithoutProblems()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(ShippedPath).Build();
        var team = configuration.GetSection("Team").Get<TeamOptions>()!;
        var roster = new RosterOptions();
        configuration.GetSection("Members").Bind(roster.Members);
        configuration.GetSection("Metrics").Bind(roster.Metrics);
        var schedule = configuration.GetSection("Schedule").Get<ScheduleOptions>()!;
        var problems = new ConfigurationProblems();

        var checkedConfiguration = TeamConfigurationReader.Read(team, roster, schedule, ScheduleTeams.KnownJobs, problems);

        Assert.Empty(problems.Lines);
        Assert.NotNull(checkedConfiguration);
        Assert.Equal("Europe/Moscow", checkedConfiguration.Team.TimeZone.Id);
        Assert.Equal(["maria", "anna", "ivan", "olga", "pavel", "sergey"], checkedConfiguration.Members.Select(m => m.Key));
        Assert.Equal(MemberRole.Manager, checkedConfiguration.FindMember("maria")!.Role);
        Assert.Equal(MemberRole.Observer, checkedConfiguration.FindMember("sergey")!.Role);
        var winRate = checkedConfiguration.FindMetric("win_rate")!;
        Assert.Equal((MetricKind.Ratio, "orders", "opportunities"), (winRate.Kind, winRate.Numerator, winRate.Denominator));
        Assert.Equal(MetricDirection.Lower, checkedConfiguration.FindMetric("cost_per_lead")!.Direction);
        Assert.Equal("0 0 11 1W * ?", checkedConfiguration.Schedule.Job("MonthlyResults").Cron);
        Assert.Equal(TimeSpan.FromDays(1), checkedConfiguration.Schedule.CatchUpWindow);
        Assert.Equal(["revenue", "leads", "orders"], checkedConfiguration.Team.HeadlineMetrics);
        Assert.Equal(52, checkedConfiguration.Team.ConfirmOlderThanWeeks);
        Assert.Equal(new ScheduledJob("0 0 4 * * ?", true), checkedConfiguration.Schedule.Job("Backup"));
        Assert.Equal(
            ScheduleTeams.KnownJobs.Select(job => job.Key).Order(StringComparer.Ordinal),
            configuration.GetSection("Schedule:Jobs").GetChildren().Select(job => job.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShippedConfiguration_BackupsBesideTheDatabaseFourteenKept()
    {
        var storage = new ConfigurationBuilder().AddJsonFile(ShippedPath).Build().GetSection("Storage").Get<StorageOptions>()!;

        Assert.Equal(("", 14), (storage.Backup.Folder, storage.Backup.Keep));
        Assert.Equal(Path.GetFullPath("data/backups"), FunnelBot.Storage.BackupFolder.Of(storage).Path);
    }

    [Fact]
    public async Task Report_WithTheShippedConfiguration_Succeeds()
    {
        using var cli = new CliRun();

        var result = await cli.RunRaw("report", "--json", "--config", ShippedPath, "--db", cli.DatabasePath);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"key\": \"click_through_rate\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedConfiguration_HasNoSecrets()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(ShippedPath).Build();

        Assert.Equal("", configuration["Telegram:Token"]);
        Assert.Equal("", configuration["Storage:Password"]);
        Assert.True(string.IsNullOrEmpty(configuration["Telegram:Webhook:SecretToken"]));
    }
}
