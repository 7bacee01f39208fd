using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>The replies when an update cannot be handled: it cannot be read at all, or its handling failed.</summary>
public sealed class FallbackReplies
{
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;

    public FallbackReplies(MemberDirectory members, MemberCultures cultures)
    {
        _members = members;
        _cultures = cultures;
    }

    /// <summary>
    /// The reply to an update that cannot be read at all (<paramref name="json"/> is what Telegram sent): in a private
    /// chat, a plain "could not read this message"; elsewhere nothing.
    /// </summary>
    public BotResponse Unreadable(string json)
    {
        var response = new BotResponse();
        if (UnreadableUpdate.PrivateSender(json) is { } sender)
        {
            var culture = _cultures.For(_members.FindByUserId(sender.UserId), sender.LanguageCode);
            response.SendHtml(sender.UserId, BotTexts.Html("update.unreadable", culture));
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
}
