using System.Collections;
using System.Net;
using System.Net.Sockets;
using FunnelBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.SandboxMode;

public sealed class SandboxCliTests
{
    [Theory]
    [InlineData("70000", "--port: must be 0..65535")]
    [InlineData("-1", "--port: must be 0..65535")]
    [InlineData("many", "many")]
    public async Task Sandbox_BadPort_UserErrorNamingTheOption(string port, string expected)
    {
        var (exit, _, error) = await RunAsync("sandbox", "--port", port);

        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_PortInUse_UserErrorSuggestingAnotherPort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("funnelbot-sandbox-cli-").FullName;
        try
        {
            var (exit, _, error) = await RunAsync("sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Path.Combine(folder, "sandbox.db"));

            Assert.Equal(ExitCodes.UserError, exit);
            Assert.Contains($"port {port} on 127.0.0.1 is in use", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await FunnelBotCli.RunAsync(args, output, error, new FakeTimeProvider(SandboxFixture.Now), new Hashtable());
        return (exit, output.ToString(), error.ToString());
    }
}
