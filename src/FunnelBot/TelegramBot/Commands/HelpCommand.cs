using System.Text;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// <c>/help</c>: the commands the caller may use here (<see cref="CommandAccessRules"/>, the router's own rules), with
/// one line each; for a member, examples with their own first metric's name; for the manager, how to import a CSV.
/// </summary>
public sealed class HelpCommand : IBotCommand
{
    private readonly IServiceProvider _services;

    public HelpCommand(IServiceProvider services)
    {
        _services = services;
    }

    public string Name => "help";

    public CommandAccess Access => CommandAccess.Anyone;

    public bool WorksInGroups => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var commands = _services.GetRequiredService<CommandCatalogue>().All;
        var text = new StringBuilder(BotTexts.Html("help.header", request.Culture));
        foreach (var command in commands.Where(c => CommandAccessRules.Check(c, request.Member?.Role, request.IsPrivate) is null))
        {
            text.Append("\n/").Append(command.Name).Append(" — ").Append(BotTexts.Html(command.DescriptionKey, request.Culture));
        }

        if (request.Member is { } member && _services.GetRequiredService<MetricResolver>().All.Count > 0)
        {
            var example = _services.GetRequiredService<MetricResolver>().Example(member, request.Culture);
            text.Append("\n\n").Append(BotTexts.Html("names.help_examples", request.Culture, example, _services.GetRequiredService<ReportingWeek>().Current.Previous.ToString()));
        }

        if (request.IsManager && request.IsPrivate)
        {
            text.Append("\n\n").Append(BotTexts.Html("help.import", request.Culture));
        }

        text.Append("\n\n").Append(BotTexts.Html("help.footer", request.Culture, NumberFormatting.Format(1234.5m, MetricUnit.Money, request.Culture)));
        response.SendHtml(request.ChatId, text.ToString());
        return Task.CompletedTask;
    }
}
