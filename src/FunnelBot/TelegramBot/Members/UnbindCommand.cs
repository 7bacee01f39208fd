using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// <c>/unbind @member</c> (manager): the member's Telegram account is no longer theirs in the bot, e.g. when the wrong
/// person was bound or someone left. A member configured by user id is unbound in the configuration instead; a
/// manager cannot unbind themselves (they would lock themselves out).
/// </summary>
public sealed class UnbindCommand : IBotCommand
{
    private readonly MemberDirectory _members;
    private readonly MemberBinder _binder;

    public UnbindCommand(MemberDirectory members, MemberBinder binder)
    {
        _members = members;
        _binder = binder;
    }

    public string Name => "unbind";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var name = request.Arguments.Trim();
        var member = name.Length == 0 || name.Contains(' ', StringComparison.Ordinal) ? null : _members.FindByKeyOrUsername(name);
        if (member is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("unbind.usage", culture, _members.Mentions()));
            return Task.CompletedTask;
        }

        var binding = _members.BindingOf(member.Key);
        var text = member switch
        {
            _ when member.Key == request.RequiredMember.Key => BotTexts.Html("unbind.self", culture),
            { UserId: not null } => BotTexts.Html("unbind.configured", culture, member.DisplayName),
            _ when binding is null => BotTexts.Html("unbind.not_bound", culture, member.DisplayName),
            _ => null,
        };
        if (text is not null || binding is null)
        {
            response.SendHtml(request.ChatId, text ?? string.Empty);
            return Task.CompletedTask;
        }

        _binder.Unbind(member, binding, request.RequiredMember, response);
        var identity = TelegramIdentity.Describe(binding.Username, string.Empty, binding.UserId);
        response.SendHtml(request.ChatId, BotTexts.Html("unbind.done", culture, member.DisplayName, identity));
        return Task.CompletedTask;
    }
}
