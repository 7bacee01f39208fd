using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// Whom an <c>@mention</c> in a command names, for the commands that act for the caller or, for the manager, for
/// someone else (<c>/task ... @anna</c>, <c>/away @anna ...</c>): one lookup (<see cref="MemberResolver"/>: key,
/// username, display name or a prefix) and one refusal for everyone.
/// </summary>
public sealed class MentionedMember
{
    private readonly MemberResolver _members;
    private readonly NameChoices _choices;

    public MentionedMember(MemberResolver members, NameChoices choices)
    {
        _members = members;
        _choices = choices;
    }

    /// <summary>
    /// The member the mention (without its @) names, or the caller without one. False when the reply is already sent:
    /// buttons to choose when the mention names several members or none (<paramref name="offered"/> picks whom to offer
    /// then; a press runs <paramref name="command"/> again with <c>@key</c> in the mention's place), or a refusal when a
    /// caller who is not the manager names someone else (<paramref name="managerOnlyKey"/>: the text that says what only
    /// the manager may do for others, with the mention as its argument).
    /// </summary>
    public bool Resolve(
        string? mention, BotRequest request, BotResponse response, string command, string managerOnlyKey, Func<TeamMember, bool> offered,
        out TeamMember member)
    {
        var caller = request.RequiredMember;
        member = caller;
        if (mention is null)
        {
            return true;
        }

        var match = _members.Resolve(mention);
        if (match.One is not { } named)
        {
            var (before, after) = Around(request.Arguments, "@" + mention);
            _choices.OfferMembers(request, response, command, before, mention, after, match, [.. _members.All.Where(offered)]);
            return false;
        }

        if (named.Key != caller.Key && !request.IsManager)
        {
            response.SendHtml(request.ChatId, BotTexts.Html(managerOnlyKey, request.Culture, mention));
            return false;
        }

        member = named;
        return true;
    }

    /// <summary>The arguments before and after the mention's word (the last such word: the mention is read from the end or is alone).</summary>
    private static (string Before, string After) Around(string arguments, string word)
    {
        var words = arguments.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindLastIndex(words, w => string.Equals(w, word, StringComparison.Ordinal));
        return at < 0 ? (arguments, string.Empty) : (string.Join(' ', words[..at]), string.Join(' ', words[(at + 1)..]));
    }
}
