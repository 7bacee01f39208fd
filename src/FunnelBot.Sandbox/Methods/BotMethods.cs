using System.Collections.Frozen;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>getMe, getChat, sendChatAction, getFile and session methods.</summary>
internal sealed class BotMethods(EmulatorContext context)
{
    private static readonly FrozenSet<string> ChatActions = new[]
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    }.ToFrozenSet(StringComparer.Ordinal);

    public void Register(MethodRegistry registry)
    {
        registry.Add("getMe", _ => context.Mapper.Bot with { CanJoinGroups = true, CanReadAllGroupMessages = !context.Options.GroupPrivacyMode, SupportsInlineQueries = false });
        registry.Add("getChat", GetChat);
        registry.Add("leaveChat", LeaveChat);
        registry.Add("sendChatAction", SendChatAction);
        registry.Add("getFile", GetFile);
        registry.Add("close", _ => true);
        registry.Add("logOut", _ => true);
    }

    private object GetChat(ApiRequest request)
    {
        var chat = MethodSupport.ResolveChat(context, request);
        if (chat.IsGroupLike)
        {
            // A group or channel the bot was removed from answers 403, as Telegram does.
            MethodSupport.EnsureReachable(context, chat);
        }

        return new ChatFullInfoDto { Id = chat.Id, Type = chat.TypeName, Title = chat.Title, Username = chat.Username, FirstName = chat.FirstName };
    }

    /// <summary>The bot leaves a group or channel; Telegram then sends it my_chat_member "member" -> "left".</summary>
    private object LeaveChat(ApiRequest request)
    {
        var chat = MethodSupport.ResolveChat(context, request);
        if (!chat.IsGroupLike)
        {
            throw BotApiError.BadRequest("chat member status can't be changed in private chats");
        }

        MethodSupport.EnsureReachable(context, chat);
        context.Reachability.SetRemoved(chat.Id, removed: true);
        MembershipUpdates.Emit(context, chat, context.Mapper.Bot, chat.Kind == ChatKind.Channel ? "administrator" : "member", "left");
        return true;
    }

    private object SendChatAction(ApiRequest request)
    {
        var chat = MethodSupport.ResolveChat(context, request);
        var action = request.GetString("action");
        if (action is null || !ChatActions.Contains(action))
        {
            throw BotApiError.BadRequest("wrong parameter action in request");
        }

        MethodSupport.EnsureReachable(context, chat);
        return true;
    }

    private object GetFile(ApiRequest request)
    {
        var file = context.Files.FindById(request.RequireString("file_id")) ?? throw BotApiError.BadRequest("invalid file_id");
        return new FileDto(file.FileId, file.FileUniqueId, file.Content.Length, file.FilePath);
    }
}
