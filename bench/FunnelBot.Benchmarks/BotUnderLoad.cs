using System.Collections;
using FunnelBot.Hosting;
using FunnelBot.Sandbox;
using FunnelBot.Sandbox.State;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Benchmarks;

/// <summary>
/// The real bot host on a private copy of the data set, talking HTTP (loopback) to the emulator with Telegram's flood
/// limits, its 50 owners bound to emulator users. Can be restarted on the same database.
/// </summary>
public sealed class BotUnderLoad : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly BenchDataSet _data;
    private readonly Hashtable _environment;
    private readonly string _folder;
    private IHost? _host;

    private BotUnderLoad(BenchDataSet data, BotApiEmulator emulator, string folder, Hashtable environment)
    {
        _data = data;
        Emulator = emulator;
        _folder = folder;
        _environment = environment;
    }

    public BotApiEmulator Emulator { get; }

    public IReadOnlyList<SandboxUser> Owners { get; private set; } = [];

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    public string DatabasePath => Path.Combine(_folder, "funnelbot.db");

    /// <summary>Starts the bot; <paramref name="settings"/> are configuration overrides such as <c>Access__PendingRepliesPerChat</c>.</summary>
    public static async Task<BotUnderLoad> StartAsync(BenchDataSet data, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("funnelbot-bench-load-").FullName;
        File.Copy(data.DatabasePath, Path.Combine(folder, "funnelbot.db"));
        var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions { FloodLimits = FloodLimitOptions.TelegramDefaults });
        var environment = new Hashtable
        {
            ["FUNNELBOT_Telegram__Token"] = emulator.Options.BotToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment["FUNNELBOT_" + key] = value;
        }

        var run = new BotUnderLoad(data, emulator, folder, environment);
        await run.StartBotAsync();
        run.Owners = BotBenchmark.Bind(emulator, run.Services);
        return run;
    }

    public async Task StartBotAsync()
    {
        var builder = BotHostBuilder.Create(new ConfigurationSources(_data.ConfigPath, DatabasePath, _environment), TimeProvider.System);
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        _host = builder.Build();
        await _host.StartAsync();
        await Emulator.Driver.WaitForPollingAsync(StartTimeout);
    }

    /// <summary>Stops the bot (after a fatal stop it has already begun to stop by itself).</summary>
    public async Task StopBotAsync()
    {
        if (_host is { } host)
        {
            await host.StopAsync();
            host.Dispose();
            _host = null;
        }
    }

    /// <summary>True when every update is handled and nothing waits to be sent.</summary>
    public bool IsIdle() =>
        Emulator.Driver.PendingUpdates.Count == 0
        && Services.GetRequiredService<UpdateInboxStore>().Pending().Count == 0
        && Services.GetRequiredService<OutboxStore>().Count() == 0;

    /// <summary>True when every update is handled (replies may still wait).</summary>
    public bool IsHandled() =>
        Emulator.Driver.PendingUpdates.Count == 0 && Services.GetRequiredService<UpdateInboxStore>().Pending().Count == 0;

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
