using System.Collections.Frozen;
using FunnelBot.Sandbox.Json;

namespace FunnelBot.Sandbox.State;

/// <summary>
/// The bot's pending updates with getUpdates semantics: increasing update_id, confirmation by offset
/// (every update below it is dropped), a negative offset keeping only the last updates, and a persisted
/// allowed_updates filter applied to updates created after it was set.
/// </summary>
internal sealed class UpdateQueue
{
    /// <summary>What an empty allowed_updates list means: everything but these.</summary>
    private static readonly FrozenSet<string> OptInTypes = new[] { "chat_member", "message_reaction", "message_reaction_count" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Lock gate = new();
    private readonly List<(string Type, UpdateDto Update)> pending = [];
    private HashSet<string>? allowed;
    private long nextUpdateId = 1;

    public ChangeSignal Changed { get; } = new();

    /// <summary>Offset of the last confirming call (0 before any).</summary>
    public long LastConfirmedOffset { get; private set; }

    /// <summary>Makes the next update id at least <paramref name="nextId"/>; ids never go back.</summary>
    public void ContinueFrom(long nextId)
    {
        lock (gate)
        {
            nextUpdateId = Math.Max(nextUpdateId, nextId);
        }
    }

    /// <summary>Adds an update unless the current allowed_updates filter excludes its type; returns its id or null.</summary>
    public long? Enqueue(string type, Func<long, UpdateDto> build)
    {
        long id;
        lock (gate)
        {
            var isAllowed = allowed is null ? !OptInTypes.Contains(type) : allowed.Contains(type);
            if (!isAllowed)
            {
                return null;
            }

            id = nextUpdateId++;
            pending.Add((type, build(id)));
        }

        Changed.Pulse();
        return id;
    }

    /// <summary>Sets allowed_updates as getUpdates does: null keeps the previous setting, empty means the default set.</summary>
    public void SetAllowedUpdates(IReadOnlyList<string>? types)
    {
        if (types is null)
        {
            return;
        }

        lock (gate)
        {
            allowed = types.Count == 0 ? null : [.. types];
        }
    }

    /// <summary>Applies the offset of a getUpdates call: confirms (drops) what it covers.</summary>
    public void Confirm(long offset)
    {
        lock (gate)
        {
            if (offset > 0)
            {
                pending.RemoveAll(p => p.Update.UpdateId < offset);
                LastConfirmedOffset = Math.Max(LastConfirmedOffset, offset);
            }
            else if (offset < 0)
            {
                var keep = (int)Math.Min(-offset, pending.Count);
                pending.RemoveRange(0, pending.Count - keep);
                LastConfirmedOffset = pending.Count > 0 ? pending[0].Update.UpdateId : nextUpdateId;
            }
        }
    }

    /// <summary>allowed_updates as last set (null: the default set).</summary>
    public IReadOnlyList<string>? AllowedUpdates
    {
        get
        {
            lock (gate)
            {
                return allowed is null ? null : [.. allowed];
            }
        }
    }

    /// <summary>Drops one update: its webhook delivery was answered with a 2xx.</summary>
    public void Remove(long updateId)
    {
        lock (gate)
        {
            pending.RemoveAll(p => p.Update.UpdateId == updateId);
        }

        Changed.Pulse();
    }

    /// <summary>Drops every pending update (drop_pending_updates).</summary>
    public void Clear()
    {
        lock (gate)
        {
            pending.Clear();
        }

        Changed.Pulse();
    }

    /// <summary>The earliest unconfirmed updates (they stay pending until confirmed).</summary>
    public IReadOnlyList<UpdateDto> Peek(int limit)
    {
        lock (gate)
        {
            return pending.Take(limit).Select(p => p.Update).ToList();
        }
    }

    public IReadOnlyList<PendingUpdate> Pending()
    {
        lock (gate)
        {
            return pending.Select(p => new PendingUpdate(p.Update.UpdateId, p.Type)).ToList();
        }
    }
}
