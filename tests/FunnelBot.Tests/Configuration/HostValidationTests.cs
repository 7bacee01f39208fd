using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Tests.Configuration;

public sealed class HostValidationTests
{
    [Fact]
    public async Task StartAsync_BadConfiguration_FailsWithEveryProblemAsOneLine()
    {
        using var folder = new TempFolder();
        var config = new TestConfig()
            .Set("Team.TimeZone", JsonValue.Create("Mars/Olympus"))
            .Set("Metrics[2].Owner", JsonValue.Create("olga"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(config.WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", folder.File("db/funnelbot.db"))]);
        builder.AddFunnelBot();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            ["Metrics[2].Owner: 'olga' is not a member", "Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone"],
            exception.Failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartAsync_DatabaseBelowARegularFile_FailsWithTheStoragePathLine()
    {
        using var folder = new TempFolder();
        var file = folder.Write("plain-file", "a file, not a folder");
        var database = Path.Combine(file, "sub", "funnelbot.db");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(new TestConfig().WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", database)]);
        builder.AddFunnelBot();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<InvalidConfigurationException>(() => host.StartAsync());

        Assert.Equal([$"Storage.Path: cannot write '{database}': '{file}' is a file, not a folder"], exception.Problems);
    }
}
