using System.Collections;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.HttpApi;
using FunnelBot.Scorecards;
using FunnelBot.Sandbox;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.SandboxMode;

/// <summary>
/// A running sandbox: the Bot API emulator with its web page on 127.0.0.1, the demo team as emulator users and a
/// channel, and the real bot host talking to the emulator over HTTP with its own database (seeded when new). It starts
/// only on a database it created (recorded as <see cref="DatabaseKind.Sandbox"/>) or none yet, and refuses any other
/// (<see cref="SandboxDatabaseRefusedException"/>) without writing to it. Disposing stops the bot host, then the emulator.
/// </summary>
public sealed class SandboxSession : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);
    private readonly IHost _host;

    private SandboxSession(BotApiEmulator emulator, IHost host, IReadOnlyList<SandboxMember> members, long channelChatId, string databasePath, DemoData? seeded)
    {
        Emulator = emulator;
        _host = host;
        Members = members;
        ChannelChatId = channelChatId;
        DatabasePath = databasePath;
        Seeded = seeded;
    }

    public BotApiEmulator Emulator { get; }

    /// <summary>The web chat page.</summary>
    public Uri PageUrl => new(Emulator.BaseUrl, "/");

    public IServiceProvider Services => _host.Services;

    public IReadOnlyList<SandboxMember> Members { get; }

    public long ChannelChatId { get; }

    public string DatabasePath { get; }

    /// <summary>Where the bot's HTTP host listens (health, metrics, the push API); empty when it is off.</summary>
    public IReadOnlyList<Uri> HttpAddresses => _host.Services.GetRequiredService<HttpApiHost>().Addresses;

    /// <summary>The demo data written at this start, or null when an existing sandbox database was reused.</summary>
    public DemoData? Seeded { get; }

    public static async Task<SandboxSession> StartAsync(SandboxSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var databasePath = Path.GetFullPath(settings.DatabasePath);

        // Only a database the sandbox created is rebound to emulator users, seeded or deleted; anything else is
        // refused after reading it without writing.
        var found = DatabaseFileInspector.Inspect(databasePath);
        if (!found.IsSandboxOrMissing)
        {
            throw new SandboxDatabaseRefusedException(found, settings.Reset);
        }

        if (settings.Reset)
        {
            DeleteDatabase(databasePath);
        }

        var control = new SandboxControlApi();
        var emulator = await BotApiEmulator.StartAsync(
            new EmulatorOptions
            {
                Port = settings.Port,
                BotToken = "7000000001:SANDBOX-demo-token",
                BotUsername = "funnelbot_sandbox_bot",
                BotFirstName = "FunnelBot",
                FloodLimits = FloodLimitOptions.TelegramDefaults,
                Configure = app => control.Map(app),
            },
            cancellationToken);
        IHost? host = null;
        try
        {
            var channel = emulator.Driver.CreateChannel(TeamName(settings.Sources), "funnelbot_team");
            var environment = new Hashtable(settings.Sources.Environment)
            {
                ["FUNNELBOT_Telegram__Token"] = emulator.Options.BotToken,
                ["FUNNELBOT_Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString(),
                ["FUNNELBOT_Team__ChannelChatId"] = channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),

                // Never encrypted, whatever the real bot's settings say: a password-protected file is never a sandbox database.
                ["FUNNELBOT_Storage__Password"] = "",
            };
            if (!HttpUrlsConfigured(settings.Sources))
            {
                // The HTTP host (health, metrics, the push API) on 127.0.0.1, next to the emulator's port.
                environment["FUNNELBOT_Http__Urls"] = $"http://127.0.0.1:{(settings.Port == 0 ? 0 : settings.Port + 1)}";
            }

            var builder = BotHostBuilder.Create(settings.Sources with { DatabasePath = databasePath, Environment = environment }, settings.Time);
            settings.ConfigureHost?.Invoke(builder);
            host = builder.Build();

            // The file is new or already the sandbox's (checked above): recorded as the sandbox's before anything else is
            // written, and before the host's start would record a database without a record as a team one.
            host.Services.GetRequiredService<DatabaseInfoStore>().RecordIfMissing(DatabaseKind.Sandbox);

            // A reused database remembers the offset of the previous run's emulator; this one goes on from there.
            emulator.Driver.ContinueUpdateIdsFrom(host.Services.GetRequiredService<UpdateInboxStore>().NextOffset());

            var team = host.Services.GetRequiredService<TeamConfiguration>();
            var members = SandboxTeam.Create(emulator.Driver, team);
            SandboxTeam.Bind(members, host.Services.GetRequiredService<MemberBindingStore>(), settings.Time.GetUtcNow());
            var seeded = DemoDataSeeder.SeedIfEmpty(host.Services, host.Services.GetRequiredService<ReportingWeek>().Current);
            control.Attach(host.Services, members, channel.Id);

            await host.StartAsync(cancellationToken);
            await emulator.Driver.WaitForPollingAsync(StartPatience, cancellationToken);
            return new SandboxSession(emulator, host, members, channel.Id, databasePath, seeded);
        }
        catch (OptionsValidationException exception)
        {
            await StopAsync(host, emulator);
            throw new InvalidConfigurationException([.. exception.Failures]);
        }
        catch
        {
            await StopAsync(host, emulator);
            throw;
        }
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (Ctrl+C) or the bot host stops by itself.</summary>
    public Task RunUntilStoppedAsync(CancellationToken cancellationToken) => _host.WaitForShutdownAsync(cancellationToken);

    public ValueTask DisposeAsync() => new(StopAsync(_host, Emulator));

    private static async Task StopAsync(IHost? host, BotApiEmulator emulator)
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }

        await emulator.DisposeAsync();
    }

    private static string TeamName(ConfigurationSources sources) =>
        Probe(sources)[$"{TeamOptions.Section}:{nameof(TeamOptions.Name)}"] is { Length: > 0 } name ? name : "FunnelBot";

    private static bool HttpUrlsConfigured(ConfigurationSources sources) =>
        !string.IsNullOrWhiteSpace(Probe(sources)[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"]);

    private static IConfiguration Probe(ConfigurationSources sources)
    {
        var probe = new ConfigurationBuilder();
        sources.AddTo(probe);
        return probe.Build();
    }

    private static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(DatabaseFileInspector.LogFileOf(path));
    }
}
