using FunnelBot.Storage;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// A plain text from a member who was asked for an A/B test's week after the check-in (and has no check-in open): four
/// numbers, checked as <c>/ab add</c> checks them. Stored, the next test is asked about; refused, the same question
/// again below the refusal, nothing stored.
/// </summary>
public sealed class AbTestCheckInAnswer
{
    private readonly AbTestStore _tests;
    private readonly AbAddAction _add;
    private readonly AbTestCheckInQuestion _question;

    public AbTestCheckInAnswer(AbTestStore tests, AbAddAction add, AbTestCheckInQuestion question)
    {
        _tests = tests;
        _add = add;
        _question = question;
    }

    /// <summary>Whether the text was taken as an answer to an A/B question (then the response holds the reply).</summary>
    public bool TryHandle(BotRequest request, BotResponse response)
    {
        var member = request.RequiredMember.Key;
        if (_tests.Asked(member) is not { } asked || _tests.Find(asked.Test) is not { Status: AbTestStatus.Running } test)
        {
            return false;
        }

        var culture = request.Culture;
        var week = asked.Week;
        var words = (request.Message?.Text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var refusal = _add.Refusal(test, week, words, request, out var numbers);
        if (refusal is not null)
        {
            response.SendHtml(
                request.ChatId, refusal + "\n\n" + AbTestCheckInQuestion.Question(test, week, culture),
                [[AbTestCheckInQuestion.Skip(test.Id, culture)]], memberKey: member);
            return true;
        }

        _add.Record(test, numbers!, request, response, () => _question.Ask(member, week, request.ChatId, culture, response, after: test.Id));
        return true;
    }
}
