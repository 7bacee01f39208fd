using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>A press on a test in the <c>/ab</c> list sends that test's card; a test that is not there is a toast.</summary>
public sealed class AbTestCallbacks : ICallbackHandler
{
    private readonly AbTestStore _tests;
    private readonly AbTestRenderer _renderer;

    public AbTestCallbacks(AbTestStore tests, AbTestRenderer renderer)
    {
        _tests = tests;
        _renderer = renderer;
    }

    public string Prefix => AbTestButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        if (AbTestButtons.Parse(data) is not { } number || _tests.Find(number) is not { } test)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            return Task.CompletedTask;
        }

        response.AnswerCallback(null);
        response.SendHtml(request.ChatId, _renderer.Card(test, request.Culture));
        return Task.CompletedTask;
    }
}
