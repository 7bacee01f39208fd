using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>
/// A press on a name choice (<see cref="NameChoices"/>) by the person who asked: the buttons go, and the same command
/// runs again with the chosen name, through <see cref="CommandRunner"/> (so its access rules and limits apply again).
/// </summary>
public sealed class NameChoiceCallbacks : ICallbackHandler
{
    private readonly NameChoiceStore _store;
    private readonly CommandRunner _commands;

    public NameChoiceCallbacks(NameChoiceStore store, CommandRunner commands)
    {
        _store = store;
        _commands = commands;
    }

    public string Prefix => NameChoices.Prefix;

    public async Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var pressed = NameChoices.Parse(data);
        var choice = pressed is { } parsed ? _store.Find(parsed.Id) : null;
        if (pressed is null || choice is null || pressed.Value.Index >= choice.Options.Count)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return;
        }

        if (choice.Member != request.RequiredMember.Key)
        {
            response.AnswerCallback(BotTexts.Template("names.not_yours", culture), alert: true);
            return;
        }

        response.AnswerCallback(null);
        response.Write(() => _store.Remove(choice.Id));
        if (request.Callback?.Message is { } message)
        {
            response.RemoveKeyboard(message.Chat.Id, message.MessageId);
        }

        var again = request with { Arguments = choice.Arguments(pressed.Value.Index), MessageThreadId = request.Callback?.Message?.MessageThreadId };
        await _commands.RunAsync(choice.Command, again, response, cancellationToken);
    }
}
