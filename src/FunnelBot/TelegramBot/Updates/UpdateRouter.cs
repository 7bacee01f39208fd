using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Documents;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Texts;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Dispatches an update by its shape: a command to its handler (after the caller's role is checked by user id),
/// a document in a private chat to the import, other private messages to the open conversation, a button press to
/// the handler of its prefix.
/// </summary>
public sealed class UpdateRouter
{
    /// <summary>Placeholder senders in groups (anonymous admins, channel posts): they cannot be told apart.</summary>
    private static readonly HashSet<long> PlaceholderSenders = [1087968824, 777000, 136817688];
    private readonly Dictionary<string, IBotCommand> _commands;
    private readonly Dictionary<string, ICallbackHandler> _callbacks;
    private readonly ConversationInput _conversation;
    private readonly DocumentImport _documents;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly BotIdentity _identity;
    private readonly TeamConfiguration _team;

    public UpdateRouter(
        IEnumerable<IBotCommand> commands,
        IEnumerable<ICallbackHandler> callbacks,
        ConversationInput conversation,
        DocumentImport documents,
        MemberDirectory members,
        MemberCultures cultures,
        BotIdentity identity,
        TeamConfiguration team)
    {
        _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _callbacks = callbacks.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
        _conversation = conversation;
        _documents = documents;
        _members = members;
        _cultures = cultures;
        _identity = identity;
        _team = team;
    }

    public async Task<BotResponse> RouteAsync(Update update, CancellationToken cancellationToken)
    {
        var response = new BotResponse();
        if (update.Message is { From: { } from } message && !PlaceholderSenders.Contains(from.Id)
            && message.Chat.Type is ChatType.Private or ChatType.Group or ChatType.Supergroup)
        {
            await OnMessageAsync(update, message, from, response, cancellationToken);
        }
        else if (update.CallbackQuery is { } query)
        {
            await OnButtonAsync(update, query, response, cancellationToken);
        }

        return response;
    }

    /// <summary>The reply when handling failed: an apology, nothing stored.</summary>
    public BotResponse Failure(Update update)
    {
        var response = new BotResponse();
        var chat = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        var from = update.Message?.From ?? update.CallbackQuery?.From;
        var culture = _cultures.For(from is null ? null : _members.FindByUserId(from.Id), from?.LanguageCode);
        if (chat is { } chatId)
        {
            response.SendHtml(chatId, BotTexts.Html("error.generic", culture));
        }

        return response.AnswerCallback(update.CallbackQuery is null ? null : BotTexts.Template("error.generic", culture));
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

            var request = new BotRequest(update, message.Chat.Id, message.Chat.Type, from, member, culture, command.Arguments, message.MessageThreadId);
            await RunCommandAsync(command.Name, request, response, cancellationToken);
            return;
        }

        if (!isPrivate)
        {
            return;
        }

        var plain = new BotRequest(update, message.Chat.Id, message.Chat.Type, from, member, culture, string.Empty, null);
        if (member is null)
        {
            response.SendHtml(plain.ChatId, BotTexts.Html("start.stranger", culture, _team.Team.Name));
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

    private async Task RunCommandAsync(string name, BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            if (request.IsPrivate)
            {
                response.SendHtml(request.ChatId, BotTexts.Html("unknown_command", request.Culture));
            }

            return;
        }

        var refusal = Refusal(command, request);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return;
        }

        await command.HandleAsync(request, response, cancellationToken);
    }

    private string? Refusal(IBotCommand command, BotRequest request)
    {
        var culture = request.Culture;
        if (command.Access != CommandAccess.Anyone && request.Member is null)
        {
            return BotTexts.Html("refuse.not_member", culture, _team.Team.Name);
        }

        if (!request.IsPrivate && !command.WorksInGroups)
        {
            return BotTexts.Html("refuse.private_only", culture);
        }

        var role = request.Member?.Role;
        return command.Access switch
        {
            CommandAccess.Reporter when role == MemberRole.Observer => BotTexts.Html("refuse.observer", culture),
            CommandAccess.Manager when role != MemberRole.Manager => BotTexts.Html("refuse.manager_only", culture),
            _ => null,
        };
    }

    private async Task OnButtonAsync(Update update, CallbackQuery query, BotResponse response, CancellationToken cancellationToken)
    {
        var member = _members.FindByUserId(query.From.Id);
        var culture = _cultures.For(member, query.From.LanguageCode);
        if (member is null)
        {
            response.AnswerCallback(BotTexts.Template("refuse.not_member", culture).Replace("{0}", _team.Team.Name, StringComparison.Ordinal), alert: true);
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
        var request = new BotRequest(update, chat?.Id ?? query.From.Id, chat?.Type ?? ChatType.Private, query.From, member, culture, string.Empty, null);
        await handler.HandleAsync(request, colon < 0 ? string.Empty : data[(colon + 1)..], response, cancellationToken);
    }
}
