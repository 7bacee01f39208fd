using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.Lifetime;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// Long-polls Telegram for updates: stores each in the inbox before confirming it, hands it to its chat's lane,
/// backs off on failures and never stops silently. Pending updates are never dropped on start. With
/// <c>Telegram:Webhook:Url</c> set it sets the webhook instead (deliveries come through <see cref="WebhookInbox"/>)
/// and checks it every <see cref="PollingSettings.WebhookCheckInterval"/>; without, it deletes a webhook left set.
/// </summary>
public sealed partial class UpdatePoller : BackgroundService
{
    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
    private static readonly string[] AllowedUpdateNames = ["message", "callback_query", "my_chat_member"];

    /// <summary>This many 409 Conflicts in a row mean another instance polls the same token (one can be a restart's overlap).</summary>
    private const int ConflictsBeforeStop = 3;
    private readonly ITelegramBotClient _bot;
    private readonly UpdateInboxStore _inbox;
    private readonly ChatLanes _lanes;
    private readonly BotIdentity _identity;
    private readonly BotProfileStore _profile;
    private readonly CommandMenuPublisher _commandMenu;
    private readonly PollingSettings _settings;
    private readonly StorageFailureStop _storageFailure;
    private readonly FatalStop _fatal;
    private readonly RawUpdateFetcher _raw;
    private readonly TeamConfiguration _team;
    private readonly SendClock _clock;
    private readonly Counter<long> _unreadable;
    private readonly UpdateHeartbeat _heartbeat;
    private readonly WebhookInbox _webhookInbox;
    private readonly TelegramWebhookKeeper _webhookKeeper;
    private readonly TelegramWebhookOptions _webhook;
    private readonly ILogger<UpdatePoller> _logger;

    public UpdatePoller(
        ITelegramBotClient bot,
        UpdateInboxStore inbox,
        ChatLanes lanes,
        BotIdentity identity,
        BotProfileStore profile,
        CommandMenuPublisher commandMenu,
        PollingSettings settings,
        StorageFailureStop storageFailure,
        FatalStop fatal,
        RawUpdateFetcher raw,
        TeamConfiguration team,
        SendClock clock,
        UpdateHeartbeat heartbeat,
        WebhookInbox webhookInbox,
        TelegramWebhookKeeper webhookKeeper,
        IOptions<TelegramOptions> telegram,
        IMeterFactory meters,
        ILogger<UpdatePoller> logger)
    {
        _heartbeat = heartbeat;
        _webhookInbox = webhookInbox;
        _webhookKeeper = webhookKeeper;
        _webhook = telegram.Value.Webhook;
        _bot = bot;
        _inbox = inbox;
        _lanes = lanes;
        _identity = identity;
        _profile = profile;
        _commandMenu = commandMenu;
        _settings = settings;
        _storageFailure = storageFailure;
        _fatal = fatal;
        _raw = raw;
        _team = team;
        _clock = clock;
        _unreadable = meters.Create(UpdateProcessor.MeterName).CreateCounter<long>(
            UpdateProcessor.UnreadableInstrument, "{update}", "Updates Telegram.Bot could not read: fetched raw, handled without their unknown parts, or dropped.");
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await RetryUntilDoneAsync(ConnectAsync, "connect to the Bot API", stoppingToken))
        {
            return;
        }

        if (_webhook.Enabled)
        {
            _webhookInbox.Open();
        }

        foreach (var pending in _inbox.Pending())
        {
            _lanes.Enqueue(pending.ChatId, pending.Id);
        }

        if (_webhook.Enabled)
        {
            await _webhookKeeper.WatchAsync(stoppingToken);
            return;
        }

        var failures = 0;
        var conflicts = 0;
        var offset = _inbox.NextOffset();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await ReceiveAsync(offset, stoppingToken);
                failures = 0;
                conflicts = 0;
                if (updates.Count == 0)
                {
                    _heartbeat.Beat();
                    continue;
                }

                // The offset moves on only once the updates are stored: if storing fails, the next getUpdates asks
                // for the same updates again instead of confirming ones that were never kept.
                var next = (int)updates[^1].Id + 1;
                IReadOnlyList<InboxUpdate> fresh;
                try
                {
                    fresh = _inbox.Receive(updates, next);
                }
                catch (Exception ex) when (_storageFailure.StopIfFatal(ex))
                {
                    return;
                }

                offset = next;
                _heartbeat.Received(fresh.Count, "polling");
                foreach (var update in fresh)
                {
                    _lanes.Enqueue(update.ChatId, update.Id);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409 && ++conflicts >= ConflictsBeforeStop)
            {
                _fatal.Stop(FatalExitCodes.Setup, $"getUpdates answered 409 Conflict {conflicts} times in a row ({ex.Message}): another instance is polling with the same Telegram:Token; stop it, then restart this one");
                return;
            }
            catch (Exception ex)
            {
                if (ex is not ApiRequestException { ErrorCode: 409 })
                {
                    conflicts = 0;
                }

                failures++;
                var delay = BackoffDelay(failures);
                LogPollingFailed(failures, delay.TotalSeconds, ex.GetType().Name, ex.Message);
                await Task.Delay(delay, _clock.Time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// The next updates as stored JSON. A batch the library cannot read (an entity type newer than it) is fetched
    /// again as raw JSON, so that one such update neither blocks polling nor is confirmed unstored.
    /// </summary>
    private async Task<IReadOnlyList<InboxUpdate>> ReceiveAsync(int offset, CancellationToken stoppingToken)
    {
        try
        {
            var updates = await _bot.GetUpdates(offset, limit: 100, timeout: _settings.PollTimeoutSeconds, AllowedUpdates, stoppingToken);
            return [.. updates.Select(ToInbox)];
        }
        catch (Exception ex) when (ex is JsonException || ex.InnerException is JsonException)
        {
            var raw = await _raw.GetUpdatesAsync(offset, AllowedUpdateNames, stoppingToken);
            LogUnreadableBatch(raw.Count, ex.Message);
            _unreadable.Add(raw.Count, new KeyValuePair<string, object?>("outcome", "fetched-raw"));
            return raw;
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var me = await _bot.GetMe(cancellationToken);
        _identity.Set(me.Id, me.Username ?? string.Empty);
        _heartbeat.Beat();
        _profile.Remember(me.Id, me.Username ?? string.Empty);
        await CheckTeamChatAsync(cancellationToken);
        await _commandMenu.PublishAsync(cancellationToken);
        if (_webhook.Enabled)
        {
            await _webhookKeeper.SetAsync(cancellationToken);
            LogConnectedForWebhook(me.Username ?? me.FirstName, _webhook.Url);
            return;
        }

        await _webhookKeeper.DeleteLeftoverAsync(cancellationToken);
        LogConnected(me.Username ?? me.FirstName);
    }

    /// <summary>
    /// The configured team chat must exist and have the bot in it: otherwise digests and alerts would go nowhere, so
    /// start-up stops naming the setting (Telegram answers 400 "chat not found" or 403 for a chat the bot is not in).
    /// </summary>
    private async Task CheckTeamChatAsync(CancellationToken cancellationToken)
    {
        if (!_team.Team.HasChannel)
        {
            return;
        }

        try
        {
            await _bot.GetChat(_team.Team.ChannelChatId, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            throw new InvalidConfigurationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Team:ChannelChatId: the bot cannot reach the chat {_team.Team.ChannelChatId} ({ex.ErrorCode} {ex.Message}): add the bot to the team chat, or set the chat's id (0 for none)"));
        }
    }

    /// <summary>
    /// Retries <paramref name="action"/> with backoff through network and server errors; false when it can never
    /// succeed (a wrong token: the process stops with exit 2) or the host is stopping.
    /// </summary>
    private async Task<bool> RetryUntilDoneAsync(Func<CancellationToken, Task> action, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await action(cancellationToken);
                return true;
            }
            catch (InvalidConfigurationException ex)
            {
                _fatal.Stop(FatalExitCodes.Setup, ex.Problems[0]);
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                // The Bot API answers 401 (and 404 for a malformed token) to a token it does not know: retrying cannot help.
                _fatal.Stop(FatalExitCodes.Setup, $"Telegram:Token is not accepted by the Bot API ({ex.ErrorCode} {ex.Message}): set the bot's current token from @BotFather");
                return false;
            }
            catch (Exception ex) when (ex is not RequestException and not HttpRequestException && _storageFailure.StopIfFatal(ex))
            {
                return false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delay = BackoffDelay(attempt);
                LogStartFailed(what, attempt, delay.TotalSeconds, ex.GetType().Name, ex.Message);
                await Task.Delay(delay, _clock.Time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        return false;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram.Bot could not read a batch of updates ({Error}); stored {Count} of them as raw JSON")]
    private partial void LogUnreadableBatch(int count, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the Bot API as {BotName}; polling for updates")]
    private partial void LogConnected(string botName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the Bot API as {BotName}; receiving updates by webhook at {Url}")]
    private partial void LogConnectedForWebhook(string botName, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling failed ({Failures} in a row), retrying in {Seconds:F1} s: {ErrorType}: {Error}")]
    private partial void LogPollingFailed(int failures, double seconds, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {What} (attempt {Attempt}), retrying in {Seconds:F1} s: {ErrorType}: {Error}")]
    private partial void LogStartFailed(string what, int attempt, double seconds, string errorType, string error);
}
