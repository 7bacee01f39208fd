using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.AbTests;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// A private message that is not a command: an answer to the open check-in, else to the A/B question asked after it,
/// or a hint when nothing is asked.
/// </summary>
public sealed class ConversationInput
{
    private readonly CheckInFlow _checkIns;
    private readonly CheckInQuestionMessages _questionMessages;
    private readonly AbTestCheckInAnswer _abAnswer;

    public ConversationInput(CheckInFlow checkIns, CheckInQuestionMessages questionMessages, AbTestCheckInAnswer abAnswer)
    {
        _abAnswer = abAnswer;
        _checkIns = checkIns;
        _questionMessages = questionMessages;
    }

    /// <summary>Whether the member has a check-in open, so that whatever they send next is taken as its answer.</summary>
    public bool IsOpenFor(TeamMember member) => _checkIns.Open(member.Key) is not null;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var member = request.RequiredMember;
        if (_checkIns.Open(member.Key) is not { } state)
        {
            if (_abAnswer.TryHandle(request, response))
            {
                return Task.CompletedTask;
            }

            response.SendHtml(request.ChatId, BotTexts.Html("hint.idle", request.Culture));
            return Task.CompletedTask;
        }

        var message = request.Message!;
        CheckInInput input = message.Text is { } text ? new CheckInInput.Text(text) : new CheckInInput.NotText(message.Type.ToString());
        // The answer edits the question message above it (one request) while that is still in reach.
        var target = new CheckInReplyTarget(request.ChatId, Question: _questionMessages.Find(state, request.ChatId, message.MessageId));
        _checkIns.Continue(member, state, input, target, request.Culture, response, message.Text);
        return Task.CompletedTask;
    }
}
