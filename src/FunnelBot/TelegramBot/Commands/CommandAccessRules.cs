using FunnelBot.Configuration;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>Why a caller may not run a command here.</summary>
public enum CommandRefusal
{
    /// <summary>The caller is not one of the team's members.</summary>
    NotMember,

    /// <summary>The command works only in a private chat.</summary>
    PrivateOnly,

    /// <summary>Observers read but do not enter numbers or change tasks.</summary>
    Observer,

    /// <summary>Only the manager may.</summary>
    ManagerOnly,
}

/// <summary>
/// The one role matrix: who may run a command in a private chat or the team chat. The router refuses by it and
/// <c>/help</c> lists by it, so a command listed is a command that runs.
/// </summary>
public static class CommandAccessRules
{
    /// <summary>Null when the caller (<paramref name="role"/> null: a stranger) may run the command in this kind of chat.</summary>
    public static CommandRefusal? Check(IBotCommand command, MemberRole? role, bool isPrivate)
    {
        if (command.Access != CommandAccess.Anyone && role is null)
        {
            return CommandRefusal.NotMember;
        }

        if (!isPrivate && !command.WorksInGroups)
        {
            return CommandRefusal.PrivateOnly;
        }

        return command.Access switch
        {
            CommandAccess.Reporter when role == MemberRole.Observer => CommandRefusal.Observer,
            CommandAccess.Manager when role != MemberRole.Manager => CommandRefusal.ManagerOnly,
            _ => null,
        };
    }

    /// <summary>The text key that tells the caller why not.</summary>
    public static string TextKey(CommandRefusal refusal) => refusal switch
    {
        CommandRefusal.NotMember => "refuse.not_member",
        CommandRefusal.PrivateOnly => "refuse.private_only",
        CommandRefusal.Observer => "refuse.observer",
        _ => "refuse.manager_only",
    };
}
