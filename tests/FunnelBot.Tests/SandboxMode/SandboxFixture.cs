using System.Collections;
using FunnelBot.Hosting;
using FunnelBot.SandboxMode;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>
/// Starts the sandbox in-process as the command does, on a free port with its database in a temp folder, with the
/// shipped configuration and a fixed business clock: Friday 2026-11-27 12:00 UTC (week 2026-W48). Disposing stops the
/// bot host and the emulator and deletes the folder.
/// </summary>
public sealed class SandboxFixture : IAsyncDisposable
{
    /// <summary>Thursday 26 Nov 2026, 15:00 in Moscow: week 2026-W48, with no scheduled job due to catch up at start.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly IDictionary _environment;

    private SandboxFixture(string folder, IDictionary environment)
    {
        Folder = folder;
        _environment = environment;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "sandbox.db");

    public SandboxSession? Session { get; private set; }

    public SandboxSession Running => Session ?? throw new InvalidOperationException("The sandbox is not running.");

    /// <summary>Starts the sandbox in a new temp folder; <paramref name="environment"/> holds the <c>FUNNELBOT_</c> variables (none by default).</summary>
    public static async Task<SandboxFixture> StartAsync(IDictionary? environment = null)
    {
        var fixture = new SandboxFixture(Directory.CreateTempSubdirectory("funnelbot-sandbox-").FullName, environment ?? new Hashtable());
        await fixture.StartSessionAsync(reset: false);
        return fixture;
    }

    /// <summary>Starts the sandbox again on the same database (after <see cref="StopSessionAsync"/>).</summary>
    public async Task StartSessionAsync(bool reset)
    {
        Session = await SandboxSession.StartAsync(new SandboxSettings
        {
            Sources = new ConfigurationSources(null, null, _environment),
            Port = 0,
            DatabasePath = DatabasePath,
            Reset = reset,
            Time = new FakeTimeProvider(Now),
            ConfigureHost = builder => builder.Services.AddSingleton(new PollingSettings(PollTimeoutSeconds: 5)),
        });
    }

    public async Task StopSessionAsync()
    {
        if (Session is { } session)
        {
            Session = null;
            await session.DisposeAsync();
        }
    }

    public SandboxMember Member(string key) => Running.Members.Single(m => m.Member.Key == key);

    public async ValueTask DisposeAsync()
    {
        await StopSessionAsync();
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
