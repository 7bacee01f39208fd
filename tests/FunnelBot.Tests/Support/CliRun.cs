using System.Collections;
using FunnelBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Support;

/// <summary>What one in-process run of the command line printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the command line in-process against a temp folder: its own config file and LiteDB file, a fake clock,
/// and an environment of its own (the process's variables are never read or changed).
/// </summary>
public sealed class CliRun : IDisposable
{
    public CliRun(TestConfig? config = null)
    {
        Folder = new TempFolder();
        ConfigPath = (config ?? new TestConfig()).WriteTo(Folder);
        DatabasePath = Folder.File("data/funnelbot.db");
    }

    public TempFolder Folder { get; }

    public string ConfigPath { get; }

    public string DatabasePath { get; }

    /// <summary>Sunday 2026-03-08 12:00 UTC: 15:00 in Moscow, in ISO week 2026-W10.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Runs with <c>--config</c> and <c>--db</c> of this folder appended.</summary>
    public Task<CliResult> Run(params string[] args) =>
        RunRaw([.. args, "--config", ConfigPath, "--db", DatabasePath]);

    public async Task<CliResult> RunRaw(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FunnelBotCli.RunAsync(args, output, error, Time, new Hashtable(Environment));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a CSV file into the folder (lines joined with \n) and returns its path.</summary>
    public string Csv(string name, params string[] lines) => Folder.Write(name, string.Join('\n', lines) + (lines.Length > 0 ? "\n" : ""));

    public void Dispose() => Folder.Dispose();
}
