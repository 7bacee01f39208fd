using FunnelBot.Configuration;
using FunnelBot.TelegramBot.AbTests;
using FunnelBot.TelegramBot.ApiKeys;
using FunnelBot.TelegramBot.Attention;
using FunnelBot.TelegramBot.Away;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Documents;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Plans;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Reasons;
using FunnelBot.TelegramBot.Status;
using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.TelegramBot.Worked;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FunnelBot.TelegramBot;

/// <summary>
/// Registers the Telegram side of FunnelBot: the Bot API client, polling, the update pipeline, the outbox and the chat
/// lanes, <c>/start</c> and <c>/help</c>; then each feature registers its own parts (its <c>*Setup</c> class).
/// </summary>
public static class TelegramBotSetup
{
    public const string HttpClientName = "telegram";

    public static IHostApplicationBuilder AddTelegramBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMetrics();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddOptions<TelegramOptions>().ValidateOnStart();

        // A typed HttpClient without request logging: the token is part of every request URL.
        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
                new TelegramBotClient(ClientOptions(provider.GetRequiredService<IOptions<TelegramOptions>>().Value), http));

        services.TryAddSingleton(new SendClock(TimeProvider.System));
        services.TryAddSingleton(SendLimits.Telegram);
        services.TryAddSingleton(new PollingSettings());
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TelegramWebhookKeeper>();
        services.AddSingleton<RawUpdateFetcher>();
        services.AddSingleton<BotProfileStore>();
        services.AddSingleton<UpdateInboxStore>();
        services.AddSingleton<UpdateHeartbeat>();
        services.AddSingleton<WebhookInbox>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<TelegramMessageSender>();
        services.AddSingleton<SentKeyboardStore>();
        services.AddSingleton<SentTopicStore>();
        services.AddSingleton<ResponseWriter>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<FallbackReplies>();
        services.AddSingleton<ReplyBacklog>();
        services.AddSingleton<CostlyCommandLimiter>();
        services.AddSingleton<ConversationInput>();
        services.AddSingleton<ChatNoticeStore>();
        services.AddSingleton<OtherChats>();
        services.AddSingleton<OncePerDayNotices>();
        services.AddSingleton<CommandCatalogue>();
        services.AddSingleton<CommandMenuPublisher>();
        services.AddSingleton<IBotCommand, StartCommand>();
        services.AddSingleton<IBotCommand, HelpCommand>();

        services
            .AddNaming()
            .AddMembers()
            .AddCheckIns()
            .AddStatus()
            .AddTasks()
            .AddReasons()
            .AddWorked()
            .AddDigest()
            .AddPlanCommand()
            .AddAwayCommand()
            .AddAbTests()
            .AddDocuments()
            .AddApiKeys()
            .AddAttention();

        services.AddSingleton<ChatLanes>();
        services.AddHostedService(provider => provider.GetRequiredService<ChatLanes>());
        services.AddSingleton<OutboxDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDelivery>());
        services.AddHostedService<UpdatePoller>();
        return builder;
    }

    internal static TelegramBotClientOptions ClientOptions(TelegramOptions options)
    {
        var clientOptions = string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            ? new TelegramBotClientOptions(options.Token)
            : new TelegramBotClientOptions(options.Token, options.ApiBaseUrl);

        // The outbox paces sending and honours retry_after itself; the library must not wait inside a call.
        clientOptions.RetryThreshold = 0;
        return clientOptions;
    }
}
