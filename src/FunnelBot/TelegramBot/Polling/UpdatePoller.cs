using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using FunnelBot.TelegramBot.Commands;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// Long-polls Telegram for updates: stores each in the inbox before confirming it, hands it to its chat's lane,
/// backs off on failures and never stops silently. Pending updates are never dropped on start.
/// </summary>
public sealed partial class UpdatePoller : BackgroundService
{
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
    private readonly ITelegramBotClient _bot;
    private readonly UpdateInboxStore _inbox;
    private readonly ChatLanes _lanes;
    private readonly BotIdentity _identity;
    private readonly BotProfileStore _profile;
    private readonly CommandMenuPublisher _commandMenu;
    private readonly PollingSettings _settings;
    private readonly ILogger<UpdatePoller> _logger;

    public UpdatePoller(
        ITelegramBotClient bot,
        UpdateInboxStore inbox,
        ChatLanes lanes,
        BotIdentity identity,
        BotProfileStore profile,
        CommandMenuPublisher commandMenu,
        PollingSettings settings,
        ILogger<UpdatePoller> logger)
    {
        _bot = bot;
        _inbox = inbox;
        _lanes = lanes;
        _identity = identity;
        _profile = profile;
        _commandMenu = commandMenu;
        _settings = settings;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RetryUntilDoneAsync(ConnectAsync, "connect to the Bot API", stoppingToken);
        foreach (var pending in _inbox.Pending())
        {
            _lanes.Enqueue(pending.ChatId, pending.Id);
        }

        var failures = 0;
        var offset = _inbox.NextOffset();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await _bot.GetUpdates(offset, limit: 100, timeout: _settings.PollTimeoutSeconds, AllowedUpdates, stoppingToken);
                failures = 0;
                if (updates.Length == 0)
                {
                    continue;
                }

                offset = updates[^1].Id + 1;
                var fresh = _inbox.Receive([.. updates.Select(ToInbox)], offset);
                foreach (var update in fresh)
                {
                    _lanes.Enqueue(update.ChatId, update.Id);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = BackoffDelay(failures);
                LogPollingFailed(failures, delay.TotalSeconds, ex.GetType().Name, ex.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var me = await _bot.GetMe(cancellationToken);
        _identity.Set(me.Id, me.Username ?? string.Empty);
        _profile.Remember(me.Id, me.Username ?? string.Empty);
        await _bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
        await _commandMenu.PublishAsync(cancellationToken);
        LogConnected(me.Username ?? me.FirstName);
    }

    private async Task RetryUntilDoneAsync(Func<CancellationToken, Task> action, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await action(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delay = BackoffDelay(attempt);
                LogStartFailed(what, attempt, delay.TotalSeconds, ex.GetType().Name, ex.Message);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    private static InboxUpdate ToInbox(Update update) => new()
    {
        Id = update.Id,
        ChatId = ChatOf(update),
        Json = JsonSerializer.Serialize(update, JsonBotAPI.Options),
    };

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;

    /// <summary>1, 2, 4 ... seconds, at most 60, with a little jitter so that restarts do not align.</summary>
    private static TimeSpan BackoffDelay(int failures)
    {
        var seconds = Math.Min(60, Math.Pow(2, Math.Min(failures - 1, 6)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the Bot API as {BotName}; polling for updates")]
    private partial void LogConnected(string botName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling failed ({Failures} in a row), retrying in {Seconds:F1} s: {ErrorType}: {Error}")]
    private partial void LogPollingFailed(int failures, double seconds, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {What} (attempt {Attempt}), retrying in {Seconds:F1} s: {ErrorType}: {Error}")]
    private partial void LogStartFailed(string what, int attempt, double seconds, string errorType, string error);
}

/// <summary>How long one getUpdates call waits for updates (Telegram caps it at 50 s).</summary>
public sealed record PollingSettings(int PollTimeoutSeconds = 25);

/// <summary>The bot's own id and username, known after getMe.</summary>
public sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
    }
}
