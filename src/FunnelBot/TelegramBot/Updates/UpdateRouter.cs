using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Documents;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Texts;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Dispatches an update by its shape: a command to <see cref="CommandRunner"/> (which checks the caller's role by user id),
/// a document in a private chat to the import, other private messages to the open conversation, a button press to
/// the handler of its prefix (only when the bot sent that button on that message, in the presser's chat or the team
/// chat), a change of the bot's membership to <see cref="OtherChats"/> or the member's reachability. Team data is
/// answered only in private chats and in the team chat: in any other group a command gets <see cref="OtherChats"/>.
/// </summary>
public sealed class UpdateRouter
{
    /// <summary>Placeholder senders in groups (anonymous admins, channel posts): they cannot be told apart.</summary>
    private static readonly HashSet<long> PlaceholderSenders = [1087968824, 777000, 136817688];
    private readonly Dictionary<string, ICallbackHandler> _callbacks;
    private readonly CommandRunner _commandRunner;
    private readonly ConversationInput _conversation;
    private readonly DocumentImport _documents;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly BotIdentity _identity;
    private readonly TeamConfiguration _team;
    private readonly OtherChats _otherChats;
    private readonly SentKeyboardStore _keyboards;
    private readonly OncePerDayNotices _strangers;
    private readonly MemberReachability _reachability;
    private readonly ReplyBacklog _backlog;

    public UpdateRouter(
        CommandRunner commandRunner,
        IEnumerable<ICallbackHandler> callbacks,
        ConversationInput conversation,
        DocumentImport documents,
        MemberDirectory members,
        MemberCultures cultures,
        BotIdentity identity,
        TeamConfiguration team,
        OtherChats otherChats,
        SentKeyboardStore keyboards,
        OncePerDayNotices strangers,
        MemberReachability reachability,
        ReplyBacklog backlog)
    {
        _commandRunner = commandRunner;
        _callbacks = callbacks.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
        _conversation = conversation;
        _documents = documents;
        _members = members;
        _cultures = cultures;
        _identity = identity;
        _team = team;
        _otherChats = otherChats;
        _keyboards = keyboards;
        _strangers = strangers;
        _reachability = reachability;
        _backlog = backlog;
    }

    public async Task<BotResponse> RouteAsync(Update update, CancellationToken cancellationToken)
    {
        var response = new BotResponse();
        if (update.Message is { From: { } from } message && !PlaceholderSenders.Contains(from.Id)
            && message.Chat.Type is ChatType.Private or ChatType.Group or ChatType.Supergroup)
        {
            if (!IsBacklogged(message.Chat.Id, from, isButton: false, response))
            {
                await OnMessageAsync(update, message, from, response, cancellationToken);
            }
        }
        else if (update.CallbackQuery is { } query)
        {
            if (query.Message is not { } pressed || !IsBacklogged(pressed.Chat.Id, query.From, isButton: true, response))
            {
                await OnButtonAsync(update, query, response, cancellationToken);
            }
        }
        else if (update.MyChatMember is { } membership)
        {
            OnMembership(membership, response);
        }

        return response;
    }

    /// <summary>Whether the chat's reply queue is full (only private chats and the team chat are answered at all).</summary>
    private bool IsBacklogged(long chatId, User from, bool isButton, BotResponse response)
    {
        if (chatId <= 0 && !_team.IsTeamChat(chatId))
        {
            return false;
        }

        var culture = _cultures.For(_members.FindByUserId(from.Id), from.LanguageCode);
        return _backlog.IsFull(chatId, isButton, culture, response);
    }

    private async Task OnMessageAsync(Update update, Message message, User from, BotResponse response, CancellationToken cancellationToken)
    {
        var member = _members.FindByUserId(from.Id);
        var culture = _cultures.For(member, from.LanguageCode);
        var command = CommandText.Parse(message);
        var isPrivate = message.Chat.Type == ChatType.Private;
        if (command is not null)
        {
            if (!command.IsFor(_identity.Username))
            {
                return;
            }

            if (!isPrivate && !_team.IsTeamChat(message.Chat.Id))
            {
                _otherChats.AnswerCommand(message.Chat.Id, message.MessageThreadId, culture, response);
                return;
            }

            var request = new BotRequest(update, message.Chat.Id, message.Chat.Type, from, member, culture, command.Arguments, message.MessageThreadId);
            await _commandRunner.RunAsync(command.Name, request, response, cancellationToken);
            return;
        }

        if (!isPrivate)
        {
            return;
        }

        var plain = new BotRequest(update, message.Chat.Id, message.Chat.Type, from, member, culture, string.Empty, null);
        if (member is null)
        {
            _strangers.Send(plain.ChatId, BotTexts.Html("start.stranger", culture), response);
            return;
        }

        // A document is the manager's import; from anyone else mid check-in it is a (refused) answer to the question.
        if (message.Document is { } document && (plain.IsManager || !_conversation.IsOpenFor(member)))
        {
            await _documents.HandleAsync(plain, document, response, cancellationToken);
            return;
        }

        await _conversation.HandleAsync(plain, response, cancellationToken);
    }

    private async Task OnButtonAsync(Update update, CallbackQuery query, BotResponse response, CancellationToken cancellationToken)
    {
        var member = _members.FindByUserId(query.From.Id);
        var culture = _cultures.For(member, query.From.LanguageCode);
        if (member is null)
        {
            response.AnswerCallback(BotTexts.Template("refuse.not_member", culture), alert: true);
            return;
        }

        var data = query.Data ?? string.Empty;
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? data : data[..colon];
        if (!_callbacks.TryGetValue(prefix, out var handler))
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return;
        }

        var chat = query.Message?.Chat;
        if (chat is null || query.Message is null || !IsOwnButton(chat.Id, query.Message.MessageId, query, data))
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return;
        }

        var request = new BotRequest(update, chat?.Id ?? query.From.Id, chat?.Type ?? ChatType.Private, query.From, member, culture, string.Empty, null);
        await handler.HandleAsync(request, colon < 0 ? string.Empty : data[(colon + 1)..], response, cancellationToken);
    }

    /// <summary>
    /// Whether the pressed button is one the bot put on that message, in the presser's own private chat or in the team
    /// chat. The bot's record decides; a message without one (sent by an earlier release) is checked against the
    /// keyboard Telegram reports for it.
    /// </summary>
    private bool IsOwnButton(long chatId, int messageId, CallbackQuery query, string data)
    {
        if (chatId != query.From.Id && !_team.IsTeamChat(chatId))
        {
            return false;
        }

        if (_keyboards.Of(chatId, messageId) is { } recorded)
        {
            return recorded.Contains(data, StringComparer.Ordinal);
        }

        return query.Message?.From?.Id == _identity.Id
            && query.Message.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).Any(b => b.CallbackData == data) == true;
    }

    /// <summary>The bot was added to or removed from a chat, or blocked or unblocked by a user.</summary>
    private void OnMembership(ChatMemberUpdated membership, BotResponse response)
    {
        var isIn = membership.NewChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        var wasIn = membership.OldChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        if (membership.Chat.Type == ChatType.Private)
        {
            if (_members.FindByUserId(membership.Chat.Id) is { } member)
            {
                response.Write(() =>
                {
                    if (isIn)
                    {
                        _reachability.MarkReachable(member.Key, membership.Chat.Id);
                    }
                    else
                    {
                        _reachability.MarkUnreachable(membership.Chat.Id, "blocked the bot");
                    }
                });
            }

            return;
        }

        if (isIn && !wasIn && !_team.IsTeamChat(membership.Chat.Id))
        {
            var culture = _cultures.For(_members.FindByUserId(membership.From.Id), membership.From.LanguageCode);
            _otherChats.OnAdded(membership.Chat.Id, culture, response);
        }
    }
}
