using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>Who may run a command. Checked by the router on every call by the caller's user id.</summary>
public enum CommandAccess
{
    /// <summary>Anyone, strangers included (e.g. <c>/start</c>, which tells a stranger politely why not).</summary>
    Anyone,

    /// <summary>Every configured member: manager, member and observer.</summary>
    TeamMember,

    /// <summary>Those who enter numbers: manager and member.</summary>
    Reporter,

    /// <summary>The manager only.</summary>
    Manager,
}

/// <summary>One slash command, in a file of its own.</summary>
public interface IBotCommand
{
    /// <summary>The command without the slash, lowercase (e.g. <c>status</c>).</summary>
    string Name { get; }

    CommandAccess Access { get; }

    /// <summary>Whether it also works in the team group (otherwise only in a private chat).</summary>
    bool WorksInGroups { get; }

    /// <summary>The text key of its one-line description for /help and the command menu.</summary>
    string DescriptionKey => "cmd." + Name;

    /// <summary>Whether this call costs enough (a chart, a file, a post in a group) to be limited per person (<see cref="CostlyCommandLimiter"/>).</summary>
    bool IsCostly(BotRequest request) => false;

    Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken);
}

/// <summary>Handles presses of buttons whose callback data starts with its prefix and a colon.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }

    Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken);
}
