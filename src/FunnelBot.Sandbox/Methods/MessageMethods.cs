using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Markup;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup.</summary>
internal sealed class MessageMethods(EmulatorContext context)
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public void Register(MethodRegistry registry)
    {
        registry.Add("sendMessage", SendMessage);
        registry.Add("editMessageText", EditMessageText);
        registry.Add("editMessageReplyMarkup", EditMessageReplyMarkup);
    }

    private object SendMessage(ApiRequest request)
    {
        var chat = MethodSupport.ResolveChat(context, request);
        MethodSupport.EnsureReachable(context, chat);
        var text = MethodSupport.MessageText(request);
        var keyboard = InlineKeyboardParser.Parse(request.GetString("reply_markup"));
        context.Flood.Check(chat, context.Faults.FloodLimits);
        var message = context.Chats.Append(chat.Id, id => new ChatMessage
        {
            ChatId = chat.Id,
            MessageId = id,
            Date = context.Now,
            Text = text.Text,
            RawText = request.GetString("text"),
            ParseMode = request.GetString("parse_mode"),
            Entities = text.Entities,
            ReplyMarkup = keyboard,
            MessageThreadId = request.GetInt("message_thread_id"),
        });
        return context.Mapper.Message(message);
    }

    private object EditMessageText(ApiRequest request)
    {
        var (chat, messageId) = Target(request);
        var text = MethodSupport.MessageText(request);
        var keyboard = InlineKeyboardParser.Parse(request.GetString("reply_markup"));
        context.Flood.Check(chat, context.Faults.FloodLimits);
        var edited = Edit(chat, messageId, current =>
        {
            if (current.Text is null)
            {
                throw BotApiError.BadRequest("there is no text in the message to edit");
            }

            if (current.Text == text.Text && current.Entities.SequenceEqual(text.Entities) && SameKeyboard(current.ReplyMarkup, keyboard))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            return current with
            {
                Text = text.Text,
                RawText = request.GetString("text"),
                ParseMode = request.GetString("parse_mode"),
                Entities = text.Entities,
                ReplyMarkup = keyboard,
                EditCount = current.EditCount + 1,
                PreviousTexts = [.. current.PreviousTexts, current.RawText ?? current.Text],
                EditDate = context.Now,
            };
        });
        return context.Mapper.Message(edited);
    }

    private object EditMessageReplyMarkup(ApiRequest request)
    {
        var (chat, messageId) = Target(request);
        var keyboard = InlineKeyboardParser.Parse(request.GetString("reply_markup"));
        context.Flood.Check(chat, context.Faults.FloodLimits);
        var edited = Edit(chat, messageId, current => SameKeyboard(current.ReplyMarkup, keyboard)
            ? throw BotApiError.BadRequest(NotModified)
            : current with { ReplyMarkup = keyboard, EditCount = current.EditCount + 1, EditDate = context.Now });
        return context.Mapper.Message(edited);
    }

    private (SandboxChat Chat, int MessageId) Target(ApiRequest request)
    {
        if (request.GetString("inline_message_id") is { Length: > 0 })
        {
            throw BotApiError.BadRequest("inline messages are not emulated");
        }

        var chat = MethodSupport.ResolveChat(context, request);
        var messageId = request.GetInt("message_id") ?? throw BotApiError.MissingParameter("message_id");
        return (chat, messageId);
    }

    private ChatMessage Edit(SandboxChat chat, int messageId, Func<ChatMessage, ChatMessage> edit)
    {
        var edited = context.Chats.Replace(chat.Id, messageId, current =>
            current.IsFromBot ? edit(current) : throw BotApiError.BadRequest("message can't be edited"));
        return edited ?? throw BotApiError.BadRequest("message to edit not found");
    }

    private static bool SameKeyboard(InlineKeyboard? current, InlineKeyboard? next) =>
        current is null ? next is null : current.SameAs(next);
}
