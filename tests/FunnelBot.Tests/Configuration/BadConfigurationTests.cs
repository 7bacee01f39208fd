using System.Text.Json.Nodes;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

public sealed class BadConfigurationTests
{
    /// <summary>
    /// The test team with anna reached by her user id only (1001, no username) and a second ratio (metric 6, cost_per_lead,
    /// anna's), so that a member without a username and a ratio pointed at a ratio can be written by one setting.
    /// </summary>
    private static TestConfig Team() => new TestConfig()
        .Set("Members[1].Username", null)
        .Set("Members[1].UserId", 1001)
        .WithCostPerLead();

    [Theory]
    [InlineData("Team.TimeZone", "\"Mars/Olympus\"", "Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone")]
    [InlineData("Team.TimeZone", "\"\"", "Team.TimeZone: is required")]
    [InlineData("Team.Locale", "\"de\"", "Team.Locale: 'de' is not a supported locale (ru|en)")]
    [InlineData("Team.HeadlineMetrics", "[\"profit\"]", "Team.HeadlineMetrics[0]: 'profit' is not a metric")]
    [InlineData("Team.Zones.YellowFrom", "0", "Team.Zones.YellowFrom: 0 must be above 0 and at most 1")]
    [InlineData("Team.Zones.YellowFrom", "1.5", "Team.Zones.YellowFrom: 1.5 must be above 0 and at most 1")]
    [InlineData("Team.Zones.TargetTolerance", "0", "Team.Zones.TargetTolerance: 0 must be above 0")]
    [InlineData("Team.Zones.AskWhyAbove", "1", "Team.Zones.AskWhyAbove: 1 must be above 1")]
    [InlineData("Team.CheckIns", "{\"ConfirmOlderThanWeeks\": 0}", "Team.CheckIns.ConfirmOlderThanWeeks: 0 must be at least 1 (weeks back that need no confirmation; 52 is a year)")]
    [InlineData("Team.CheckIns", "{\"ConfirmOlderThanWeeks\": \"a year\"}", "Team:CheckIns:ConfirmOlderThanWeeks")]
    [InlineData("Members[1].Key", "\"maria\"", "Members[1].Key: 'maria' is a duplicate member key")]
    [InlineData("Members[1].UserId", "null", "Members[1]: has neither Username nor UserId")]
    [InlineData("Members[0].Username", "null", "Members[0]: has neither Username nor UserId")]
    [InlineData("Members[1].Role", "\"boss\"", "Members[1].Role: 'boss' is not a role (manager|member|observer)")]
    [InlineData("Members[0].Role", "\"member\"", "Members: no member has the role 'manager'")]
    [InlineData("Members[1].Locale", "\"fr\"", "Members[1].Locale: 'fr' is not a supported locale (ru|en)")]
    [InlineData("Metrics[2].Owner", "\"olga\"", "Metrics[2].Owner: 'olga' is not a member")]
    [InlineData("Metrics[1].Key", "\"leads\"", "Metrics[1].Key: 'leads' is a duplicate metric key")]
    [InlineData("Metrics[0].Names.Ru", "\"\"", "Metrics[0].Names.Ru: is required")]
    [InlineData("Metrics[0].Names.En", "\" \"", "Metrics[0].Names.En: is required")]
    [InlineData("Metrics[0].Unit", "\"pieces\"", "Metrics[0].Unit: 'pieces' is not a unit (count|money|percent)")]
    [InlineData("Metrics[0].Direction", "\"up\"", "Metrics[0].Direction: 'up' is not a direction (higher|lower|target)")]
    [InlineData("Metrics[0].Stage", "\"awareness\"", "Metrics[0].Stage: 'awareness' is not a stage (reach|contact|interest|qualified|opportunity|order|revenue)")]
    [InlineData("Metrics[0].Channel", "\"tv\"", "Metrics[0].Channel: 'tv' is not a channel (online_ads|calls|mailings|events|other)")]
    [InlineData("Metrics[0].AskWhyAbove", "0.9", "Metrics[0].AskWhyAbove: 0.9 must be above 1")]
    [InlineData("Metrics[0].MinDifference", "-1", "Metrics[0].MinDifference: -1 may not be negative")]
    [InlineData("Metrics[0].Kind", "\"formula\"", "Metrics[0].Kind: 'formula' is not a kind (entered|ratio|automatic)")]
    [InlineData("Metrics[0].Kind", "\"automatic\"", "Metrics[0].Kind: 'automatic' is only for a metric the bot computes itself (overdue_tasks), not for 'leads'")]
    [InlineData("Metrics[0].Numerator", "\"qualified\"", "Metrics[0].Numerator: an entered metric has no numerator (only a ratio has)")]
    [InlineData("Metrics[5].Numerator", "\"won_deals\"", "Metrics[5].Numerator: 'won_deals' is not a metric")]
    [InlineData("Metrics[5].Denominator", "\"cost_per_lead\"", "Metrics[5].Denominator: 'cost_per_lead' is a ratio; a ratio divides entered metrics")]
    [InlineData("Metrics[5].Numerator", "\"qualification_rate\"", "Metrics[5].Numerator: 'qualification_rate' is the ratio itself")]
    [InlineData("Metrics[5].Denominator", "null", "Metrics[5].Denominator: is required for a ratio")]
    [InlineData("Schedule.Jobs.Reminder.Cron", "\"0 0 25 * * ?\"", "Schedule.Jobs.Reminder.Cron: '0 0 25 * * ?' is not a valid Quartz cron expression (")]
    [InlineData("Schedule.Jobs.WeeklyDigest.Cron", "\"\"", "Schedule.Jobs.WeeklyDigest.Cron: is required")]
    [InlineData("Schedule.CatchUpWindow", "\"one day\"", "Schedule.CatchUpWindow: 'one day' is not a non-negative time span")]
    [InlineData("Team.ChannelChatId", "\"the channel\"", "Team:ChannelChatId")]
    public async Task Report_BadConfiguration_ExitsWithTwoAndNamesTheSetting(string path, string json, string expected)
    {
        using var cli = new CliRun(Team().Set(path, JsonNode.Parse(json)));

        var result = await cli.Run("report", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("Members[1].Username", "\"maria_lead\"", "Members[1].Username: 'maria_lead' is also the username of Members[0]")]
    [InlineData("Members[1].Username", "\"@Maria_Lead\"", "Members[1].Username: 'Maria_Lead' is also the username of Members[0]")]
    [InlineData("Members[0].UserId", "1001", "Members[1].UserId: 1001 is also the user id of Members[0]")]
    [InlineData("Team.ChannelChatId", "12345", "Team.ChannelChatId: 12345 is not a group or channel id (those are negative; 0 while there is none)")]
    [InlineData("Members[1].Role", "\"observer\"", "Metrics[2].Owner: 'anna' is an observer; observers enter nothing")]
    [InlineData("Members[1].Role", "\"observer\"", "Metrics[6].Owner: 'anna' is an observer; observers enter nothing")]
    public async Task Report_SettingThatCannotWork_ExitsWithTwoAndItsLine(string path, string json, string expected)
    {
        using var cli = new CliRun(Team().Set(path, JsonNode.Parse(json)));

        var result = await cli.Run("report", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Report_SeveralProblems_ReportsEachOnItsOwnLine()
    {
        var config = Team()
            .Set("Team.TimeZone", JsonValue.Create("Mars/Olympus"))
            .Set("Metrics[2].Owner", JsonValue.Create("olga"))
            .Set("Metrics[3].Unit", JsonValue.Create("pieces"));
        using var cli = new CliRun(config);

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone", lines);
        Assert.Contains("Metrics[2].Owner: 'olga' is not a member", lines);
        Assert.Contains("Metrics[3].Unit: 'pieces' is not a unit (count|money|percent)", lines);
    }

    [Theory]
    [InlineData("Metrics[0].Channel", "OnlineAds")]
    [InlineData("Metrics[0].Channel", "online_ads")]
    [InlineData("Metrics[0].Channel", "ONLINE_ADS")]
    [InlineData("Metrics[0].Direction", "Higher")]
    [InlineData("Members[1].Role", "Member")]
    [InlineData("Team.ChannelChatId", "0")]
    [InlineData("Team.ChannelChatId", "-1001234567890")]
    public async Task Report_EnumSpellingsAndNoChannel_AreAccepted(string path, string value)
    {
        using var cli = new CliRun(Team().Set(path, JsonValue.Create(value)));

        var result = await cli.Run("report", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Report_EmptyStoragePathAndNoDbOption_ExitsWithTwo()
    {
        using var cli = new CliRun(Team().Set("Storage.Path", JsonValue.Create("")));

        var result = await cli.RunRaw("report", "--config", cli.ConfigPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Storage.Path: is required", result.Error.Trim());
    }

    [Fact]
    public async Task Run_MissingConfigFile_ExitsWithTwo()
    {
        using var cli = new CliRun();

        var result = await cli.RunRaw("report", "--config", cli.Folder.File("absent.json"), "--db", cli.DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--config: the file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedJson_ExitsWithTwoAndNamesTheFile()
    {
        using var cli = new CliRun();
        var path = cli.Folder.Write("broken.json", "{ \"Team\": { ");

        var result = await cli.RunRaw("report", "--config", path, "--db", cli.DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
