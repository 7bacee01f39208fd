using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>What the bot did: transcripts, callback answers, commands, requests, pending updates.</summary>
public sealed partial class EmulatorDriver
{
    /// <summary>The chat's transcript (user and bot messages, current state of each), oldest first.</summary>
    public IReadOnlyList<ChatMessage> Messages(long chatId) => context.Chats.Messages(chatId);

    /// <summary>Only the messages the bot sent to the chat.</summary>
    public IReadOnlyList<ChatMessage> BotMessages(long chatId) => Messages(chatId).Where(m => m.IsFromBot).ToList();

    /// <summary>
    /// Waits (on a signal, without polling) for a bot message in the chat that matches <paramref name="predicate"/>
    /// (edits count: the predicate sees the current state). Throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public async Task<ChatMessage> WaitForMessageAsync(
        long chatId, Func<ChatMessage, bool> predicate, TimeSpan timeout, CancellationToken ct = default)
    {
        var found = await context.Chats.Changed.WaitForAsync(
            () => BotMessages(chatId).FirstOrDefault(predicate), timeout, TimeProvider.System, ct);
        return found ?? throw new TimeoutException($"The bot sent no matching message to chat {chatId} within {timeout}.");
    }

    /// <summary>Waits for the next bot message in the chat with an id above <paramref name="afterMessageId"/>.</summary>
    public Task<ChatMessage> WaitForMessageAsync(long chatId, int afterMessageId, TimeSpan timeout, CancellationToken ct = default) =>
        WaitForMessageAsync(chatId, m => m.MessageId > afterMessageId, timeout, ct);

    /// <summary>Waits until the bot answered the callback query. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task<CallbackAnswer> WaitForCallbackAnswerAsync(string callbackQueryId, TimeSpan timeout, CancellationToken ct = default)
    {
        var answer = await context.Callbacks.Answered.WaitForAsync(
            () => context.Callbacks.FindAnswer(callbackQueryId), timeout, TimeProvider.System, ct);
        return answer ?? throw new TimeoutException($"The bot did not answer callback query {callbackQueryId} within {timeout}.");
    }

    /// <summary>The bot's answer to a callback query, or null if not answered (yet).</summary>
    public CallbackAnswer? CallbackAnswerFor(string callbackQueryId) => context.Callbacks.FindAnswer(callbackQueryId);

    /// <summary>The commands set for exactly this scope and language code (null = for all languages).</summary>
    public IReadOnlyList<BotCommandInfo> CommandsFor(CommandScope scope, string? languageCode = null) =>
        context.Commands.Get(scope, languageCode);

    /// <summary>True while a getUpdates call is waiting (long polling) on the emulator.</summary>
    public bool IsBotPolling => context.Polls.IsPolling;

    /// <summary>Waits until the bot has a getUpdates call waiting. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task WaitForPollingAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var polling = await context.Polls.Changed.WaitForAsync(
            () => context.Polls.IsPolling ? (object)true : null, timeout, TimeProvider.System, ct);
        _ = polling ?? throw new TimeoutException($"The bot did not poll within {timeout}.");
    }

    /// <summary>Waits until no getUpdates call is waiting. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task WaitForPollingEndedAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var ended = await context.Polls.Changed.WaitForAsync(
            () => context.Polls.IsPolling ? null : (object)true, timeout, TimeProvider.System, ct);
        _ = ended ?? throw new TimeoutException($"The bot was still polling after {timeout}.");
    }

    /// <summary>The commands a Telegram client would show this user in this chat (default: their private chat).</summary>
    public IReadOnlyList<BotCommandInfo> CommandsShownTo(long userId, long? chatId = null, bool isAdmin = false) =>
        context.Commands.Resolve(RequireChat(chatId ?? userId), RequireUser(userId), isAdmin);

    /// <summary>How many requests the method received (including failed and faulted ones).</summary>
    public int RequestCount(string method) => context.Requests.Count(method);

    /// <summary>Updates the bot has not confirmed yet (they are redelivered by the next getUpdates).</summary>
    public IReadOnlyList<PendingUpdate> PendingUpdates => context.Updates.Pending();

    /// <summary>The highest offset a getUpdates call confirmed with (0 before any).</summary>
    public long LastConfirmedOffset => context.Updates.LastConfirmedOffset;

    /// <summary>A file sent by a user or by the bot.</summary>
    public StoredFile? FindFile(string fileId) => context.Files.FindById(fileId);
}
