using System.Collections;
using FunnelBot.Storage;

namespace FunnelBot.Tests.SandboxMode;

public sealed class SandboxPasswordTests
{
    [Fact]
    public async Task Start_PasswordInTheEnvironment_SandboxDatabaseStaysPlainAndRecordedAsSandbox()
    {
        // The real bot's password must not lock the sandbox out of its own file: a sandbox database never has one.
        await using var sandbox = await SandboxFixture.StartAsync(new Hashtable { ["FUNNELBOT_Storage__Password"] = "s3cret" });
        await sandbox.StopSessionAsync();

        Assert.Equal(DatabaseFileKind.Sandbox, DatabaseFileInspector.Inspect(sandbox.DatabasePath).Kind);
    }
}
