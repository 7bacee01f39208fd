using System.CommandLine;
using System.CommandLine.Help;

namespace FunnelBot.Cli;

/// <summary>
/// What runs when no command is given: later the bot itself (Telegram or the sandbox). Until it is wired in,
/// it prints the help. This is the one place to swap.
/// </summary>
public static class RunBotCommand
{
    public static int Run(CliContext context, ParseResult parse)
    {
        context.Output.WriteLine("FunnelBot: the bot is not wired in yet; the commands below work.");
        return new HelpAction().Invoke(parse);
    }
}
