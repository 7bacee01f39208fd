using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.Tests.TelegramBot;

/// <summary>The one role matrix the router refuses by and <c>/help</c> lists by: every access level against every role and chat.</summary>
public sealed class CommandAccessRulesTests
{
    [Theory]
    // access, works in groups, role (null: stranger), private chat, expected refusal (null: allowed)
    [InlineData(CommandAccess.Anyone, false, null, true, null)]
    [InlineData(CommandAccess.Anyone, false, null, false, CommandRefusal.PrivateOnly)]
    [InlineData(CommandAccess.Anyone, true, null, false, null)]
    [InlineData(CommandAccess.TeamMember, true, null, true, CommandRefusal.NotMember)]
    [InlineData(CommandAccess.TeamMember, true, MemberRole.Observer, true, null)]
    [InlineData(CommandAccess.TeamMember, true, MemberRole.Observer, false, null)]
    [InlineData(CommandAccess.TeamMember, false, MemberRole.Manager, false, CommandRefusal.PrivateOnly)]
    [InlineData(CommandAccess.Reporter, false, MemberRole.Observer, true, CommandRefusal.Observer)]
    [InlineData(CommandAccess.Reporter, false, MemberRole.Member, true, null)]
    [InlineData(CommandAccess.Reporter, false, MemberRole.Manager, true, null)]
    [InlineData(CommandAccess.Reporter, false, null, true, CommandRefusal.NotMember)]
    [InlineData(CommandAccess.Manager, false, MemberRole.Member, true, CommandRefusal.ManagerOnly)]
    [InlineData(CommandAccess.Manager, false, MemberRole.Observer, true, CommandRefusal.ManagerOnly)]
    [InlineData(CommandAccess.Manager, false, MemberRole.Manager, true, null)]
    [InlineData(CommandAccess.Manager, false, MemberRole.Manager, false, CommandRefusal.PrivateOnly)]
    [InlineData(CommandAccess.Manager, true, MemberRole.Member, false, CommandRefusal.ManagerOnly)]
    public void Check_AccessRoleAndChat_AllowedOrTheRightRefusal(
        CommandAccess access, bool worksInGroups, MemberRole? role, bool isPrivate, CommandRefusal? expected)
    {
        Assert.Equal(expected, CommandAccessRules.Check(new Command(access, worksInGroups), role, isPrivate));
    }

    [Fact]
    public void TextKey_EveryRefusal_ItsOwnText()
    {
        var keys = Enum.GetValues<CommandRefusal>().Select(CommandAccessRules.TextKey).ToList();

        Assert.Equal(["refuse.not_member", "refuse.private_only", "refuse.observer", "refuse.manager_only"], keys);
    }

    /// <summary>A command shape only: the rules read its access and whether it works in groups.</summary>
    private sealed class Command(CommandAccess access, bool worksInGroups) : IBotCommand
    {
        public string Name => "probe";

        public CommandAccess Access => access;

        public bool WorksInGroups => worksInGroups;

        public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
