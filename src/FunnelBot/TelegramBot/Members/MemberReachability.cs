using Microsoft.Extensions.Logging;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Marks members whose private chat refuses messages (403), so the digest can list them as unreachable.</summary>
public sealed partial class MemberReachability
{
    private readonly MemberBindingStore _bindings;
    private readonly ILogger<MemberReachability> _logger;

    public MemberReachability(MemberBindingStore bindings, ILogger<MemberReachability> logger)
    {
        _bindings = bindings;
        _logger = logger;
    }

    /// <summary>The member wrote to the bot or unblocked it: their private chat works (again), at this chat id.</summary>
    public void MarkReachable(string memberKey, long chatId)
    {
        if (_bindings.ForMember(memberKey) is not { } binding || (!binding.Unreachable && binding.ChatId == chatId))
        {
            return;
        }

        binding.Unreachable = false;
        binding.UnreachableReason = null;
        binding.ChatId = chatId;
        _bindings.Save(binding);
    }

    public void MarkUnreachable(long chatId, string reason)
    {
        if (_bindings.ForChat(chatId) is not { } binding || binding.Unreachable)
        {
            return;
        }

        binding.Unreachable = true;
        binding.UnreachableReason = reason;
        _bindings.Save(binding);
        LogUnreachable(binding.Id, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {Member} cannot be reached in private: {Reason}")]
    private partial void LogUnreachable(string member, string reason);
}
