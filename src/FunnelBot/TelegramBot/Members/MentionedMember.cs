using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// Whom an <c>@mention</c> in a command names, for the commands that act for the caller or, for the manager, for
/// someone else (<c>/task ... @anna</c>, <c>/away @anna ...</c>): one lookup and one refusal for everyone.
/// </summary>
public static class MentionedMember
{
    /// <summary>
    /// The member the mention names, or the caller without one. A refusal (HTML) when no member has that key or
    /// username, or when a caller who is not the manager names someone else (<paramref name="managerOnlyKey"/>: the text
    /// that says what only the manager may do for others, with the mention as its argument).
    /// </summary>
    public static string? Resolve(MemberDirectory members, string? mention, BotRequest request, string managerOnlyKey, out TeamMember member)
    {
        var caller = request.RequiredMember;
        member = caller;
        if (mention is null)
        {
            return null;
        }

        if (members.FindByKeyOrUsername(mention) is not { } named)
        {
            return BotTexts.Html("member.unknown_mention", request.Culture, mention, string.Join(", ", members.Members.Select(m => "@" + m.Key)));
        }

        if (named.Key != caller.Key && !request.IsManager)
        {
            return BotTexts.Html(managerOnlyKey, request.Culture, mention);
        }

        member = named;
        return null;
    }
}
