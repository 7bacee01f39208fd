namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The chats that have messages waiting, in the order they are served: a chat goes to the back after each message
/// sent to it, so no chat waits behind another's backlog. Not thread-safe: the sender's loop owns it.
/// </summary>
public sealed class ChatRotation
{
    private readonly LinkedList<long> _order = new();
    private readonly Dictionary<long, LinkedListNode<long>> _nodes = [];

    public int Count => _order.Count;

    /// <summary>Adds a chat at the back, unless it is already waiting.</summary>
    public void Add(long chatId)
    {
        if (!_nodes.ContainsKey(chatId))
        {
            _nodes[chatId] = _order.AddLast(chatId);
        }
    }

    public void Remove(long chatId)
    {
        if (_nodes.Remove(chatId, out var node))
        {
            _order.Remove(node);
        }
    }

    /// <summary>A chat just got a message: it waits behind every other chat now.</summary>
    public void Served(long chatId)
    {
        if (_nodes.TryGetValue(chatId, out var node))
        {
            _order.Remove(node);
            _order.AddLast(node);
        }
    }

    /// <summary>The chats front to back (a copy: the caller may change the rotation while it looks).</summary>
    public IReadOnlyList<long> InTurn() => [.. _order];
}
