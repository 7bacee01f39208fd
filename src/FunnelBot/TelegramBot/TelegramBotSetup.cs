using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Away;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Plans;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FunnelBot.TelegramBot;

/// <summary>Registers the Telegram side of FunnelBot: the Bot API client, polling, the outbox, commands and conversations.</summary>
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
        services.TryAddSingleton(new PollingSettings());
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RawUpdateFetcher>();
        services.AddSingleton<BotProfileStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<TelegramMessageSender>();
        services.AddSingleton<MemberBindingStore>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<MemberCultures>();
        services.AddSingleton<MemberReachability>();
        services.AddSingleton<InviteStore>();
        services.AddSingleton<BindRequestStore>();
        services.AddSingleton<MemberWelcome>();
        services.AddSingleton<MemberBinder>();
        services.AddSingleton<SentKeyboardStore>();
        services.AddSingleton<Chats.ChatNoticeStore>();
        services.AddSingleton<Chats.OtherChats>();
        services.AddSingleton<Chats.OncePerDayNotices>();
        services.AddSingleton<UpdateInboxStore>();
        services.AddSingleton<ResponseWriter>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<CheckInPrompts>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<ReplyBacklog>();
        services.AddSingleton<CostlyCommandLimiter>();
        services.AddSingleton<ConversationInput>();
        services.AddSingleton<CommandMenuPublisher>();
        services.AddSingleton<StatusRenderer>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<CheckInQuestions>();
        services.AddSingleton<CheckInRenderer>();
        services.AddSingleton<CheckInFlow>();
        services.AddSingleton<CheckInEffects>();
        services.AddSingleton<DeviationPrompts>();

        services.AddSingleton<CommandCatalogue>();
        services.AddSingleton<IBotCommand, StartCommand>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, CheckInCommand>();
        services.AddSingleton<IBotCommand, CancelCommand>();
        services.AddSingleton<IBotCommand, EditCommand>();
        services.AddSingleton<IBotCommand, StatusCommand>();
        services.AddSingleton<IBotCommand, InviteCommand>();
        services.AddSingleton<IBotCommand, UnbindCommand>();
        services.AddSingleton<ICallbackHandler, BindRequestCallbacks>();
        services.AddSingleton<ICallbackHandler, CheckInCallbacks>();
        services.AddSingleton<TaskRenderer>();
        services.AddSingleton<TaskActions>();
        services.AddSingleton<IBotCommand, TaskCommand>();
        services.AddSingleton<IBotCommand, TasksCommand>();
        services.AddSingleton<IBotCommand, DoneCommand>();
        services.AddSingleton<IBotCommand, DueCommand>();
        services.AddSingleton<IBotCommand, ReasonsCommand>();
        services.AddSingleton<ICallbackHandler, TaskCallbacks>();
        services.AddDigest();
        services.AddSingleton<IBotCommand, Digest.ChartCommand>();
        services.AddSingleton<IBotCommand, Digest.DigestCommand>();
        services.AddSingleton<ICallbackHandler, Tasks.OverdueTaskCallbacks>();
        services.AddSingleton<PlanViewRenderer>();
        services.AddSingleton<PlanChangeRenderer>();
        services.AddSingleton<PlanSetAction>();
        services.AddSingleton<PlanFromLastYearAction>();
        services.AddSingleton<IBotCommand, PlanCommand>();
        services.AddSingleton<ICallbackHandler, PlanCallbacks>();
        services.AddAwayCommand();
        services.AddSingleton<IBotCommand, Documents.ExportDocumentsCommand>();
        services.AddSingleton<Documents.DocumentImport>();

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
