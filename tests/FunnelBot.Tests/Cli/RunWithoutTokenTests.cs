using FunnelBot.Cli;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.Tests.SandboxMode;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// The run with no command and no token starts the sandbox, but never on a team's database: refused before anything
/// starts or is written. (That it starts on a fresh folder is what the sandbox session tests start.)
/// </summary>
public sealed class RunWithoutTokenTests
{
    [Theory]
    [InlineData(NotSandboxFile.Team)]
    [InlineData(NotSandboxFile.OlderRelease)]
    [InlineData(NotSandboxFile.PasswordProtected)]
    [InlineData(NotSandboxFile.Garbage)]
    public async Task Run_DbIsNotASandboxDatabase_UserErrorNamingTheTokenAndTheFileUntouched(NotSandboxFile kind)
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Storage__Path"] = cli.Folder.File("no-real-database-here.db");
        NotSandboxDatabase.Create(kind, cli.DatabasePath);
        var before = FileState.Of(cli.DatabasePath);

        var result = await cli.Run();

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith($"Telegram:Token: is not set, so the sandbox would start, but '{cli.DatabasePath}' ", result.Error, StringComparison.Ordinal);
        Assert.Contains("set Telegram:Token (FUNNELBOT_Telegram__Token)", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
        Assert.False(File.Exists(DatabaseFileInspector.LogFileOf(cli.DatabasePath)));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_TeamDatabase_NoMemberReboundAndNoDemoData()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Storage__Path"] = cli.Folder.File("no-real-database-here.db");
        NotSandboxDatabase.Create(NotSandboxFile.Team, cli.DatabasePath);

        var result = await cli.Run();

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var bindings = new MemberBindingStore(database).All();
        Assert.Equal([("maria", NotSandboxDatabase.MariasUserId)], bindings.Select(b => (b.Id, b.UserId)));
        Assert.Equal(1, new WeeklyValueStore(database, new ChangeHistory(database, cli.Time)).Count());
        Assert.Equal(0, new PlanStore(database, new ChangeHistory(database, cli.Time)).Count());
        Assert.Equal(DatabaseKind.Team, new DatabaseInfoStore(database, cli.Time).Find()?.Kind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_StoragePathFromTheEnvironmentIsATeamDatabase_UserErrorAndNoSandboxBesideIt(bool sandboxFileGiven)
    {
        // A deploy that lost its token: FUNNELBOT_Storage__Path names the production file, the sandbox would use another.
        using var cli = new CliRun();
        var production = cli.Folder.File("volume/funnelbot.db");
        NotSandboxDatabase.Create(NotSandboxFile.Team, production);
        cli.Environment["FUNNELBOT_Storage__Path"] = production;
        var sandboxFile = cli.Folder.File("sandbox.db");
        var before = FileState.Of(production);

        var result = sandboxFileGiven
            ? await cli.RunRaw("--config", cli.ConfigPath, "--db", sandboxFile)
            : await cli.RunRaw("--config", cli.ConfigPath);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith(
            $"Telegram:Token: is not set, so the sandbox would start, but Storage:Path '{production}' is a team database, not a sandbox one",
            result.Error,
            StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(production));
        Assert.False(File.Exists(sandboxFile));
    }

    [Fact]
    public async Task Run_StoragePathIsNotADatabase_RefusedToo()
    {
        using var cli = new CliRun();
        var production = cli.Folder.File("funnelbot.db");
        NotSandboxDatabase.Create(NotSandboxFile.Garbage, production);
        cli.Environment["FUNNELBOT_Storage__Path"] = production;

        var result = await cli.RunRaw("--config", cli.ConfigPath, "--db", cli.Folder.File("sandbox.db"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains($"Storage:Path '{production}' cannot be read as a database (its length (10000 bytes) is not a whole number of LiteDB pages)", result.Error, StringComparison.Ordinal);
    }
}
