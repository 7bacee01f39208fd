using FunnelBot.Cli;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.Tests.SandboxMode;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace FunnelBot.Tests.Cli;

public sealed class NoTokenStartCheckTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(DatabaseKind.Sandbox, false)]
    [InlineData(DatabaseKind.Team, true)]
    public void StoragePath_ByWhatTheFileIs_RefusedUnlessMissingOrSandbox(DatabaseKind? recorded, bool refused)
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        if (recorded is { } kind)
        {
            using var database = new FunnelDatabase(path, null);
            new DatabaseInfoStore(database, TimeProvider.System).RecordIfMissing(kind);
        }

        var configured = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", path)]).Build();
        var exception = Record.Exception(() => NoTokenStartCheck.ThrowIfStoragePathIsNotSandbox(configured));

        Assert.Equal(refused, exception is not null);
        if (refused)
        {
            var problem = Assert.Single(Assert.IsType<InvalidConfigurationException>(exception).Problems);
            Assert.StartsWith("Telegram:Token: is not set", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StoragePath_OlderReleasesDatabase_Refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        NotSandboxDatabase.Create(NotSandboxFile.OlderRelease, path);
        var configured = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", path)]).Build();

        var exception = Assert.Throws<InvalidConfigurationException>(() => NoTokenStartCheck.ThrowIfStoragePathIsNotSandbox(configured));

        Assert.Contains("does not record what it is, so it is taken for a team database", exception.Problems[0], StringComparison.Ordinal);
    }
}
