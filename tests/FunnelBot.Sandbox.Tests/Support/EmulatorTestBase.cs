using FunnelBot.Sandbox.Driver;
using FunnelBot.Sandbox.Faults;
using Telegram.Bot;

namespace FunnelBot.Sandbox.Tests.Support;

/// <summary>A fresh emulator per test (xUnit makes a new instance per test) and a real Telegram.Bot client on it.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    protected const string Token = "123456:TEST-token";

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private BotApiEmulator? emulator;

    protected BotApiEmulator Emulator => emulator ?? throw new InvalidOperationException("Not started.");

    protected EmulatorDriver Driver => Emulator.Driver;

    protected EmulatorFaults Faults => Emulator.Faults;

    protected TelegramBotClient Bot { get; private set; } = null!;

    protected virtual EmulatorOptions Options => new() { BotToken = Token };

    public async Task InitializeAsync()
    {
        emulator = await BotApiEmulator.StartAsync(Options);
        Bot = CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }

    protected TelegramBotClient CreateClient(Action<TelegramBotClientOptions>? configure = null, string token = Token)
    {
        var options = new TelegramBotClientOptions(token, baseUrl: Emulator.BaseUrl.ToString());
        configure?.Invoke(options);
        return new TelegramBotClient(options);
    }

    /// <summary>A plain HttpClient on the emulator, for raw wire checks.</summary>
    protected HttpClient CreateHttpClient() => new() { BaseAddress = Emulator.BaseUrl };
}
