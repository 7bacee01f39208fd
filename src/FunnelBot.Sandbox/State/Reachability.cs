namespace FunnelBot.Sandbox.State;

/// <summary>
/// Where the bot may not write: users who blocked it or never started it, and chats it was removed from.
/// Thread-safe.
/// </summary>
internal sealed class Reachability
{
    private readonly Lock gate = new();
    private readonly HashSet<long> blockedBy = [];
    private readonly HashSet<long> notStartedBy = [];
    private readonly HashSet<long> removedFrom = [];

    /// <summary>Marks or clears a block; false when nothing changed.</summary>
    public bool SetBlocked(long userId, bool blocked)
    {
        lock (gate)
        {
            return blocked ? blockedBy.Add(userId) : blockedBy.Remove(userId);
        }
    }

    public bool SetStarted(long userId, bool started)
    {
        lock (gate)
        {
            return started ? notStartedBy.Remove(userId) : notStartedBy.Add(userId);
        }
    }

    /// <summary>Marks the bot as removed from (or added back to) a group or channel; false when nothing changed.</summary>
    public bool SetRemoved(long chatId, bool removed)
    {
        lock (gate)
        {
            return removed ? removedFrom.Add(chatId) : removedFrom.Remove(chatId);
        }
    }

    public bool IsRemovedFrom(long chatId)
    {
        lock (gate)
        {
            return removedFrom.Contains(chatId);
        }
    }

    public bool IsBlockedBy(long userId)
    {
        lock (gate)
        {
            return blockedBy.Contains(userId);
        }
    }

    /// <summary>The 403 description Telegram gives when the bot writes to this chat, or null if it may.</summary>
    public string? ForbiddenReason(SandboxChat chat)
    {
        lock (gate)
        {
            if (chat.Kind == ChatKind.Private)
            {
                return blockedBy.Contains(chat.Id) ? "bot was blocked by the user"
                    : notStartedBy.Contains(chat.Id) ? "bot can't initiate conversation with a user"
                    : null;
            }

            return removedFrom.Contains(chat.Id) ? $"bot was kicked from the {chat.TypeName} chat" : null;
        }
    }
}
