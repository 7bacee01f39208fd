using System.Collections;
using System.Text.Json.Nodes;
using FunnelBot.Hosting;
using FunnelBot.Sandbox;
using FunnelBot.Sandbox.Driver;
using FunnelBot.Sandbox.State;
using FunnelBot.Configuration;
using FunnelBot.HttpApi;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Bot.Support;

/// <summary>
/// The real bot host talking HTTP to the Bot API emulator, with a LiteDB file in a temp folder and a fake business
/// clock. The bot can be stopped and started again on the same database to test restarts.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Send limits that never hold a message back: a test that is not about pacing would otherwise wait Telegram's
    /// second per private message (three replies in a row cost three seconds).
    /// </summary>
    public static readonly SendLimits Unpaced = new(PrivateChatBurst: 10_000, GroupPerMinute: 10_000, OverallPerSecond: 10_000);

    private SandboxChat? _teamGroup;
    private readonly string _configPath;
    private IHost? _host;

    /// <summary>The public webhook address of a bot in webhook mode; the emulator delivers to the HTTP host on its path, as a reverse proxy would.</summary>
    public static readonly Uri WebhookUrl = new("https://bot.example.test/telegram/webhook");

    public const string WebhookSecret = "e2e-Webhook_secret-0123456789";

    /// <summary>The settings of webhook mode: the HTTP host on a free loopback port, the webhook's URL and secret.</summary>
    public static readonly IReadOnlyDictionary<string, string> WebhookSettings = new Dictionary<string, string>
    {
        ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0",
        ["FUNNELBOT_Telegram__Webhook__Url"] = WebhookUrl.ToString(),
        ["FUNNELBOT_Telegram__Webhook__SecretToken"] = WebhookSecret,
    };

    private readonly SendLimits _limits;
    private IReadOnlyDictionary<string, string>? _settings;

    private BotTestHost(BotApiEmulator emulator, string folder, string configPath, FakeTimeProvider time, SendLimits limits)
    {
        _limits = limits;
        Emulator = emulator;
        Folder = folder;
        _configPath = configPath;
        Time = time;
    }

    public BotApiEmulator Emulator { get; }

    public EmulatorDriver Driver => Emulator.Driver;

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "funnelbot.db");

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>
    /// Whether the next <see cref="StartBotAsync"/> runs the bot in webhook mode (<see cref="WebhookSettings"/> on top of
    /// the test's settings) or polling; set it between a stop and a start to switch modes.
    /// </summary>
    public bool WebhookMode { get; set; }

    /// <summary>Where the running bot's HTTP host serves webhook deliveries (the webhook URL's path on its address).</summary>
    public Uri WebhookEndpoint => new(Service<HttpApiHost>().Addresses[0], WebhookUrl.AbsolutePath);

    /// <summary>
    /// Starts the emulator and the bot; "now" is Friday 2026-11-27 12:00 UTC (week 2026-W48) unless given. The bot sends
    /// at Telegram's limits when <paramref name="paced"/> or when the emulator enforces flood limits, else unpaced.
    /// </summary>
    public static async Task<BotTestHost> StartAsync(
        JsonObject? configuration = null, DateTimeOffset? now = null, EmulatorOptions? emulatorOptions = null, bool paced = false,
        IReadOnlyDictionary<string, string>? settings = null, bool webhook = false)
    {
        // A bot restarted in webhook mode should not wait the emulator's default second before its next try.
        var emulator = await BotApiEmulator.StartAsync(emulatorOptions ?? new EmulatorOptions { WebhookRetryDelay = TimeSpan.FromMilliseconds(100) });
        var folder = Directory.CreateTempSubdirectory("funnelbot-e2e-").FullName;
        var configPath = Path.Combine(folder, "funnelbot.json");
        configuration ??= TestTeam.Configuration();
        await File.WriteAllTextAsync(configPath, configuration.ToJsonString());
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var limits = paced || emulator.Options.FloodLimits is not null ? SendLimits.Telegram : Unpaced;
        var host = new BotTestHost(emulator, folder, configPath, time, limits) { _settings = settings, WebhookMode = webhook };

        // The reverse proxy in front of the bot: https://bot.example.test/... reaches the HTTP host on plain http.
        // While the bot is down (or its HTTP host not listening yet) deliveries go to a closed port and are tried again.
        emulator.Driver.RouteWebhooks(url =>
            host._host?.Services.GetService<HttpApiHost>()?.Addresses is [var address, ..] ? new Uri(address, url.AbsolutePath) : new Uri("http://127.0.0.1:9" + url.AbsolutePath));
        if (configuration["Team"]?["ChannelChatId"]?.GetValue<long>() == TestTeam.TeamGroupId)
        {
            // The bot checks at start that its team chat exists and has it.
            host._teamGroup = emulator.Driver.CreateGroup("Team group", supergroup: true, id: TestTeam.TeamGroupId);
        }

        await host.StartBotAsync();
        return host;
    }

    public string ConfigPath => _configPath;

    public async Task StartBotAsync()
    {
        var own = _settings ?? new Dictionary<string, string>();
        var settings = WebhookMode ? own.Concat(WebhookSettings.Where(setting => !own.ContainsKey(setting.Key))).ToDictionary() : _settings;
        _host = CreateBotBuilder(Logs, settings).Build();
        await _host.StartAsync();
        if (WebhookMode)
        {
            await Eventually.TrueAsync(() => Driver.Webhook?.Url == WebhookUrl && Service<BotIdentity>().Id != 0, Timeout);
        }
        else
        {
            await Driver.WaitForPollingAsync(Timeout);
        }
    }

    /// <summary>
    /// The builder of a bot host on this emulator, configuration and database, logging to <paramref name="logs"/>:
    /// for a second instance, or a bot started with other settings (<c>FUNNELBOT_</c> variables in <paramref name="settings"/>).
    /// </summary>
    public HostApplicationBuilder CreateBotBuilder(CapturedLogs logs, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Hashtable
        {
            ["FUNNELBOT_Telegram__Token"] = Emulator.Options.BotToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = Emulator.BaseUrl.ToString(),
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var builder = BotHostBuilder.Create(new ConfigurationSources(_configPath, DatabasePath, environment), Time);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(new PollingSettings(PollTimeoutSeconds: 5, WebhookCheckEvery: TimeSpan.FromSeconds(1)));
        builder.Services.AddSingleton(_limits);
        return builder;
    }

    public async Task StopBotAsync()
    {
        if (_host is null)
        {
            return;
        }

        await _host.StopAsync();
        _host.Dispose();
        _host = null;

        // Until the emulator sees the long poll end, a restarted bot's "polling" could be this one's.
        await Driver.WaitForPollingEndedAsync(Timeout);
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Creates a Telegram user for a configured member's username and has them open a one-time invitation link of that
    /// member (as the manager's <c>/invite</c> or the server's <c>invite</c> command gives), then waits until the
    /// welcome and every notice about the bind (to the managers) are delivered.
    /// </summary>
    public async Task<SandboxUser> JoinAsync(string username, string firstName, string? languageCode = "en")
    {
        var user = Driver.CreateUser(firstName, username, languageCode);
        var code = Invite(username);
        var sent = await Driver.SendTextAsync(user.Id, "/start " + code);
        await Driver.WaitForMessageAsync(user.Id, sent.MessageId, Timeout);
        await WaitForOutboxAsync();
        return user;
    }

    /// <summary>A new one-time invitation code for the member with this key or configured username, stored as the CLI stores it.</summary>
    public string Invite(string memberKeyOrUsername)
    {
        var team = Service<TeamConfiguration>();
        var member = new MemberDirectory(team, Service<MemberBindingStore>()).FindByKeyOrUsername(memberKeyOrUsername)
            ?? throw new ArgumentException($"'{memberKeyOrUsername}' is not a configured member.", nameof(memberKeyOrUsername));
        var invites = Service<InviteStore>();
        var invite = invites.Prepare(member.Key, "cli");
        Service<FunnelDatabase>().InTransaction(() =>
        {
            invites.Save(invite);
            return true;
        });
        return invite.Id;
    }

    /// <summary>
    /// Waits until everything sent to the bot so far is handled and every reply delivered: the emulator holds no
    /// unconfirmed update, the inbox none unhandled, the outbox nothing. Then "no reply" can be asserted.
    /// </summary>
    public Task SettledAsync() => Eventually.TrueAsync(
        () => Driver.PendingUpdates.Count == 0 && Service<UpdateInboxStore>().Pending().Count == 0 && Service<OutboxStore>().Count() == 0,
        Timeout);

    /// <summary>Waits until the outbox holds nothing: every reply and notice queued so far was delivered.</summary>
    public Task WaitForOutboxAsync() => Eventually.TrueAsync(() => Service<OutboxStore>().Count() == 0, Timeout);

    /// <summary>
    /// Sends a text and waits for the bot's reply in that chat: its next message, or an edit of its latest message with
    /// buttons that keeps buttons (a typed check-in answer edits the question message above it; one that only loses
    /// its buttons is not the reply, as a refusal comes below as a new message).
    /// </summary>
    public async Task<ChatMessage> SayAsync(SandboxUser user, string text, long? chatId = null)
    {
        var chat = chatId ?? user.Id;
        var before = LastMessageId(chat);
        var question = Driver.BotMessages(chat).LastOrDefault(m => m.ReplyMarkup is not null);
        await Driver.SendTextAsync(user.Id, text, chatId);
        return await Driver.WaitForMessageAsync(
            chat, m => m.MessageId > before || (question is not null && m.MessageId == question.MessageId && m.EditCount > question.EditCount && m.ReplyMarkup is not null), Timeout);
    }

    /// <summary>
    /// Presses the button with this text on the bot's latest message that has it, and waits for that message to be
    /// edited or a new one to arrive.
    /// </summary>
    public async Task<ChatMessage> PressAsync(SandboxUser user, string buttonText)
    {
        var message = Driver.BotMessages(user.Id).Last(m => m.ReplyMarkup?.Buttons.Any(b => b.Text == buttonText) == true);
        var button = message.ReplyMarkup!.Buttons.First(b => b.Text == buttonText);
        var before = LastMessageId(user.Id);
        await Driver.PressButtonAsync(user.Id, user.Id, message.MessageId, button.CallbackData!);
        return await Driver.WaitForMessageAsync(
            user.Id, m => m.MessageId > before || (m.MessageId == message.MessageId && m.EditCount > message.EditCount), Timeout);
    }

    /// <summary>Presses the button with this text on <paramref name="message"/> and returns the toast it was answered with.</summary>
    public async Task<CallbackAnswer> PressOnAsync(SandboxUser user, ChatMessage message, string buttonText)
    {
        var data = message.ReplyMarkup!.Buttons.First(b => b.Text == buttonText).CallbackData!;
        var query = await Driver.PressButtonAsync(user.Id, user.Id, message.MessageId, data);
        return await Driver.WaitForCallbackAnswerAsync(query, Timeout);
    }

    /// <summary>The team group of a configuration with <c>channelChatId: TestTeam.TeamGroupId</c>, as a supergroup (made before the bot starts).</summary>
    public SandboxChat CreateTeamGroup() => _teamGroup ??= Driver.CreateGroup("Team group", supergroup: true, id: TestTeam.TeamGroupId);

    public int LastMessageId(long chatId)
    {
        var messages = Driver.Messages(chatId);
        return messages.Count == 0 ? 0 : messages[^1].MessageId;
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}
