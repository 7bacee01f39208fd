namespace FunnelBot.Sandbox.State;

/// <summary>Users, chats and their transcripts (user and bot messages in order). Thread-safe.</summary>
internal sealed class ChatStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, SandboxUser> users = [];
    private readonly Dictionary<long, ChatRecord> chats = [];
    private long nextUserId = 100_000_001;
    private long nextGroupSeed = 4_000_000_001;

    public ChangeSignal Changed { get; } = new();

    public SandboxUser AddUser(string firstName, string? username, string? languageCode, long? id)
    {
        lock (gate)
        {
            var user = new SandboxUser(id ?? nextUserId++, firstName, username, languageCode);
            if (user.Id <= 0 || users.ContainsKey(user.Id))
            {
                throw new ArgumentException($"User id {user.Id} is taken or not positive.", nameof(id));
            }

            users[user.Id] = user;
            chats[user.Id] = new ChatRecord(new SandboxChat(user.Id, ChatKind.Private, null, username, firstName));
            return user;
        }
    }

    public SandboxChat AddChat(ChatKind kind, string title, string? username, long? id = null)
    {
        if (kind == ChatKind.Private)
        {
            throw new ArgumentException("Private chats come with users.", nameof(kind));
        }

        lock (gate)
        {
            var seed = nextGroupSeed++;
            var chatId = id ?? (kind == ChatKind.Group ? -seed : -1_000_000_000_000 - seed);
            if (chatId >= 0 || chats.ContainsKey(chatId))
            {
                throw new ArgumentException($"Chat id {chatId} is taken or not negative.", nameof(id));
            }

            var chat = new SandboxChat(chatId, kind, title, username, null);
            chats[chatId] = new ChatRecord(chat);
            return chat;
        }
    }

    public SandboxUser? FindUser(long id)
    {
        lock (gate)
        {
            return users.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<SandboxUser> Users()
    {
        lock (gate)
        {
            return [.. users.Values];
        }
    }

    public SandboxChat? FindChat(long id)
    {
        lock (gate)
        {
            return chats.GetValueOrDefault(id)?.Chat;
        }
    }

    public SandboxChat? FindChatByUsername(string username)
    {
        lock (gate)
        {
            return chats.Values.Select(r => r.Chat)
                .FirstOrDefault(c => c.IsGroupLike && string.Equals(c.Username, username, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<SandboxChat> Chats()
    {
        lock (gate)
        {
            return chats.Values.Select(r => r.Chat).ToList();
        }
    }

    /// <summary>Appends a message; <paramref name="build"/> gets the new message_id.</summary>
    public ChatMessage Append(long chatId, Func<int, ChatMessage> build)
    {
        ChatMessage message;
        lock (gate)
        {
            var record = chats[chatId];
            message = build(record.NextMessageId++);
            record.Messages.Add(message);
        }

        Changed.Pulse();
        return message;
    }

    /// <summary>Replaces a message by an edited snapshot; returns null when there is no such message.</summary>
    public ChatMessage? Replace(long chatId, int messageId, Func<ChatMessage, ChatMessage> edit)
    {
        ChatMessage edited;
        lock (gate)
        {
            if (!chats.TryGetValue(chatId, out var record))
            {
                return null;
            }

            var index = record.Messages.FindIndex(m => m.MessageId == messageId);
            if (index < 0)
            {
                return null;
            }

            edited = edit(record.Messages[index]);
            record.Messages[index] = edited;
        }

        Changed.Pulse();
        return edited;
    }

    public ChatMessage? FindMessage(long chatId, int messageId)
    {
        lock (gate)
        {
            return chats.TryGetValue(chatId, out var record) ? record.Messages.Find(m => m.MessageId == messageId) : null;
        }
    }

    public IReadOnlyList<ChatMessage> Messages(long chatId)
    {
        lock (gate)
        {
            return chats.TryGetValue(chatId, out var record) ? [.. record.Messages] : [];
        }
    }

    private sealed class ChatRecord(SandboxChat chat)
    {
        public SandboxChat Chat { get; } = chat;

        public List<ChatMessage> Messages { get; } = [];

        public int NextMessageId { get; set; } = 1;
    }
}
