using System.Text.Json.Nodes;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

/// <summary>The <c>Access</c> section: invitation lifetime and whether the bot leaves other chats.</summary>
public sealed class AccessConfigurationTests
{
    [Theory]
    [InlineData("\"a week\"")]
    [InlineData("\"00:00:30\"")]
    [InlineData("\"400.00:00:00\"")]
    [InlineData("\"-1.00:00:00\"")]
    public async Task Report_BadInvitationLifetime_ExitsWithTwoAndNamesTheSetting(string lifetime)
    {
        var config = new TestConfig();
        config.Json["Access"] = new JsonObject { ["InvitationLifetime"] = JsonNode.Parse(lifetime) };
        using var cli = new CliRun(config);

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Access.InvitationLifetime: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("is not a time span from 00:01:00 to 365.00:00:00", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_PrintsAOneTimeLinkWithItsLastDay_AndRefusesBoundOrUnknownMembers()
    {
        var config = new TestConfig();
        config.Json["Access"] = new JsonObject { ["InvitationLifetime"] = "2.00:00:00" };
        using var cli = new CliRun(config);

        var printed = await cli.Run("invite", "maria");
        var unknown = await cli.Run("invite", "olga");

        // Now: 2026-03-08 12:00 UTC = 15:00 in Moscow; two days later. The bot never ran: no username to build a link with.
        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("Invitation for maria (Maria), manager, valid once until 2026-03-10 15:00 (Europe/Moscow):", printed.Output, StringComparison.Ordinal);
        Assert.Matches(@"open the bot in Telegram and send: /start [A-Za-z0-9_-]{16}", printed.Output);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("member: 'olga' is not a member (maria, anna, ivan, sergey)", unknown.Error.Trim());
    }
}
