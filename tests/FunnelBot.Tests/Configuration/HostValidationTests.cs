using System.Text.Json.Nodes;
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
            .Set("Metrics[2].Owner", JsonValue.Create("ivan"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(config.WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", folder.File("db/funnelbot.db"))]);
        builder.AddFunnelBot();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            ["Metrics[2].Owner: 'ivan' is not a member", "Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone"],
            exception.Failures.Order(StringComparer.Ordinal));
    }
}
