using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// <c>/ab</c> lists the A/B tests with a button per card; <c>/ab &lt;number&gt;</c> shows a card; <c>/ab new …</c>,
/// <c>/ab add …</c> and <c>/ab finish …</c> start, feed and finish a test (each checks who may). Every member reads;
/// the changes are for the manager and the owners (<see cref="AbTestAccess"/>).
/// </summary>
public sealed class AbCommand : IBotCommand
{
    private readonly AbTestStore _tests;
    private readonly AbTestRenderer _renderer;
    private readonly AbNewAction _new;
    private readonly AbAddAction _add;
    private readonly AbFinishAction _finish;

    public AbCommand(AbTestStore tests, AbTestRenderer renderer, AbNewAction create, AbAddAction add, AbFinishAction finish)
    {
        _tests = tests;
        _renderer = renderer;
        _new = create;
        _add = add;
        _finish = finish;
    }

    public string Name => "ab";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var parts = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rest = parts.Length > 1 ? parts[1] : string.Empty;
        switch (parts.Length == 0 ? string.Empty : parts[0].ToLowerInvariant())
        {
            case "":
                var (html, keyboard) = _renderer.List(culture);
                response.SendHtml(request.ChatId, html, keyboard);
                break;
            case "new":
                _new.Handle(request, response, rest);
                break;
            case "add":
                _add.Handle(request, response, rest);
                break;
            case "finish":
                _finish.Handle(request, response, rest);
                break;
            default:
                if (parts.Length == 1 && AbTestNumber.Find(parts[0], _tests) is { } test)
                {
                    response.SendHtml(request.ChatId, _renderer.Card(test, culture));
                }
                else
                {
                    response.SendHtml(request.ChatId, BotTexts.Html("ab.usage", culture));
                }

                break;
        }

        return Task.CompletedTask;
    }
}
