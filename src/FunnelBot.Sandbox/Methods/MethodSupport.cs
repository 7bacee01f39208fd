using System.Globalization;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Html;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>Checks shared by the Bot API methods: chat lookup, reachability, text parsing.</summary>
internal static class MethodSupport
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static SandboxChat ResolveChat(EmulatorContext context, ApiRequest request)
    {
        var raw = request.GetString("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiError.MissingParameter("chat_id");
        }

        if (raw.StartsWith('@'))
        {
            return context.Chats.FindChatByUsername(raw[1..]) ?? throw BotApiError.ChatNotFound();
        }

        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && context.Chats.FindChat(id) is { } chat
            ? chat
            : throw BotApiError.ChatNotFound();
    }

    /// <summary>Users who blocked or never started the bot, and chats it was removed from, answer 403.</summary>
    public static void EnsureReachable(EmulatorContext context, SandboxChat chat)
    {
        if (context.Reachability.ForbiddenReason(chat) is { } reason)
        {
            throw BotApiError.Forbidden(reason);
        }
    }

    /// <summary>Applies parse_mode (or explicit entities) and trims; returns the text as Telegram stores it.</summary>
    public static ParsedText Format(ApiRequest request, string text, string entitiesParameter) =>
        TextTrimmer.Trim(Parse(request, text, entitiesParameter));

    private static ParsedText Parse(ApiRequest request, string text, string entitiesParameter)
    {
        var parseMode = request.GetString("parse_mode");
        if (string.IsNullOrEmpty(parseMode))
        {
            var entities = request.GetJson<List<MessageEntityDto>>(entitiesParameter) ?? [];
            return new ParsedText(text, entities.Select(e => new MessageEntityInfo(e.Type, e.Offset, e.Length, e.Url, e.Language, e.CustomEmojiId)).ToList());
        }

        if (parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return HtmlEntityParser.Parse(text);
            }
            catch (HtmlParseException e)
            {
                throw BotApiError.BadRequest("can't parse entities: " + e.Message);
            }
        }

        if (parseMode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase) || parseMode.Equals("Markdown", StringComparison.OrdinalIgnoreCase))
        {
            // Markdown is not emulated: the text is kept as sent, without entities.
            return new ParsedText(text, []);
        }

        throw BotApiError.BadRequest("unsupported parse_mode");
    }

    public static ParsedText MessageText(ApiRequest request)
    {
        var raw = request.GetString("text");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        var parsed = Format(request, raw, "entities");
        if (parsed.Text.Length == 0)
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        return parsed.Text.Length > MaxTextLength ? throw BotApiError.BadRequest("message is too long") : parsed;
    }

    public static ParsedText? Caption(ApiRequest request)
    {
        var raw = request.GetString("caption");
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var parsed = Format(request, raw, "caption_entities");
        if (parsed.Text.Length == 0)
        {
            return null;
        }

        return parsed.Text.Length > MaxCaptionLength ? throw BotApiError.BadRequest("message caption is too long") : parsed;
    }
}
