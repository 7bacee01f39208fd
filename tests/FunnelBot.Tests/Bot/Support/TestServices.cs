using System.Collections;
using System.Text.Json.Nodes;
using FunnelBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Bot.Support;

/// <summary>
/// The bot's own services on a LiteDB file in a temp folder and a fake business clock, built as the bot builds them but
/// never started: no emulator, no polling, no schedule. For tests of a renderer, a section or a figure, which need the
/// real services and data but no chat.
/// </summary>
public sealed class TestServices : IDisposable
{
    private readonly IHost _host;

    private TestServices(IHost host, string folder, FakeTimeProvider time)
    {
        _host = host;
        Folder = folder;
        Time = time;
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Builds the services of <paramref name="configuration"/> (the test team by default) at <paramref name="now"/>.</summary>
    public static TestServices Build(JsonObject? configuration = null, DateTimeOffset? now = null)
    {
        var folder = Directory.CreateTempSubdirectory("funnelbot-services-").FullName;
        var configPath = Path.Combine(folder, "funnelbot.json");
        File.WriteAllText(configPath, (configuration ?? TestTeam.Configuration()).ToJsonString());
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

        // A token shaped like a real one: nothing here talks to Telegram, but the settings are read as at start.
        var environment = new Hashtable { ["FUNNELBOT_Telegram__Token"] = "123456:services-only" };
        var host = BotHostBuilder.Create(new ConfigurationSources(configPath, Path.Combine(folder, "funnelbot.db"), environment), time).Build();
        return new TestServices(host, folder, time);
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        _host.Dispose();
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
