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
    private readonly AbTestCheckInQuestion _question;

    public AbTestCallbacks(AbTestStore tests, AbTestRenderer renderer, AbTestCheckInQuestion question)
    {
        _tests = tests;
        _renderer = renderer;
        _question = question;
    }

    public string Prefix => AbTestButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        if (AbTestButtons.ParseSkip(data) is { } skipped)
        {
            Skip(skipped, request, response);
            return Task.CompletedTask;
        }

        if (AbTestButtons.Parse(data) is not { } number || _tests.Find(number) is not { } test)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            return Task.CompletedTask;
        }

        response.AnswerCallback(null);
        response.SendHtml(request.ChatId, _renderer.Card(test, request.Culture));
        return Task.CompletedTask;
    }

    /// <summary>Skip on the check-in's question: the question goes, the next test is asked about; a stale one is a toast.</summary>
    private void Skip(int number, BotRequest request, BotResponse response)
    {
        var member = request.RequiredMember.Key;
        if (_tests.Asked(member) is not { } asked || asked.Test != number || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            return;
        }

        response.AnswerCallback(null);
        response.EditHtml(request.ChatId, messageId, BotTexts.Html("ab.checkin_skipped", request.Culture, number));
        response.Write(() => _question.Ask(member, asked.Week, request.ChatId, request.Culture, response, after: number));
    }
}
