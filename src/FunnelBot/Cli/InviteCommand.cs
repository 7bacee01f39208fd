using System.CommandLine;
using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>invite &lt;member&gt;</c>: a one-time invitation link printed on the server. This is how the first manager binds
/// when no user id is configured: a username alone never binds a manager.
/// </summary>
public static class InviteCommand
{
    public static Command Create(CliContext context)
    {
        var member = new Argument<string>("member") { Description = "The member's key (or configured username) from the configuration." };
        var command = new Command("invite", "Print a one-time invitation link that binds whoever opens it to the member.") { member };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(member)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string name)
    {
        using var host = context.OpenHost(parse);
        var services = host.Services;
        var team = services.GetRequiredService<TeamConfiguration>();
        var bindings = ActivatorUtilities.CreateInstance<MemberBindingStore>(services);
        var directory = new MemberDirectory(team, bindings);
        var member = directory.FindByKeyOrUsername(name)
            ?? throw new CliUsageException($"member: '{name}' is not a member ({string.Join(", ", team.Members.Select(m => m.Key))})");
        if (directory.BindingOf(member.Key) is { } binding)
        {
            throw new CliUsageException(
                $"member: '{member.Key}' is already bound to Telegram user id {binding.UserId.ToString(CultureInfo.InvariantCulture)}; unbind first (/unbind in the bot)");
        }

        var invites = ActivatorUtilities.CreateInstance<InviteStore>(services);
        var invite = invites.Prepare(member.Key, ChangeAuthor.Cli.Who);
        services.GetRequiredService<FunnelDatabase>().InTransaction(() =>
        {
            invites.Save(invite);
            return true;
        });

        var expires = new TeamClock(context.Time, team).Local(invite.ExpiresAt ?? invite.CreatedAt);
        var bot = ActivatorUtilities.CreateInstance<BotProfileStore>(services).Last()?.Username;
        context.Output.WriteLine($"Invitation for {member.Key} ({member.DisplayName}), {member.Role.ToString().ToLowerInvariant()}, valid once until {expires.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({team.Team.TimeZone.Id}):");
        context.Output.WriteLine(string.IsNullOrEmpty(bot)
            ? $"  open the bot in Telegram and send: /start {invite.Id}"
            : $"  https://t.me/{bot}?start={invite.Id}");
        if (!string.IsNullOrEmpty(bot))
        {
            context.Output.WriteLine($"  (or send the bot: /start {invite.Id})");
        }

        return ExitCodes.Success;
    }
}
