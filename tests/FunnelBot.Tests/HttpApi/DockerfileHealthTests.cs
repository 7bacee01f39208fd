using System.Text.RegularExpressions;
using FunnelBot.HttpApi;
using FunnelBot.HttpApi.Health;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary>No Docker engine runs here: what the Dockerfile's health check relies on is checked from the file instead.</summary>
public sealed partial class DockerfileHealthTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepositoryFolders.Root, "Dockerfile"));

    [Fact]
    public void Dockerfile_HttpUrls_PassTheCheckAndTheHealthCheckAsksTheirPortForTheLivePath()
    {
        var urls = HttpUrls().Match(Dockerfile).Groups["urls"].Value;
        var healthCheck = HealthCheck().Match(Dockerfile);

        Assert.True(new HttpOptionsValidator().Validate(null, new FunnelBot.Configuration.HttpOptions { Urls = urls }).Succeeded, urls);
        Assert.True(healthCheck.Success, "no HEALTHCHECK with curl --fail");
        Assert.Equal(new Uri(urls.Replace("+", "localhost", StringComparison.Ordinal)).Port, int.Parse(healthCheck.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HealthEndpoints.LivePath, healthCheck.Groups["path"].Value);
        Assert.Matches(@"apt-get install[^\n]*\bcurl\b", Dockerfile);
    }

    [GeneratedRegex(@"FUNNELBOT_Http__Urls=(?<urls>\S+)")]
    private static partial Regex HttpUrls();

    [GeneratedRegex(@"HEALTHCHECK[^\n]*\\\n\s*CMD curl --fail[^\n]* http://127\.0\.0\.1:(?<port>[0-9]+)(?<path>/[a-z]+)")]
    private static partial Regex HealthCheck();
}
