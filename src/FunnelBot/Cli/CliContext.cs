using System.Collections;
using System.CommandLine;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Cli;

/// <summary>What every command gets: the output writers, the clock, the environment, and the global options.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, TimeProvider time, IDictionary environment)
    {
        Output = output;
        Error = error;
        Time = time;
        Environment = environment;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TimeProvider Time { get; }

    public IDictionary Environment { get; }

    public Option<string?> ConfigOption { get; } = new("--config")
    {
        Description = "The configuration file (default: config/funnelbot.json here, else beside the executable).",
        Recursive = true,
    };

    public Option<string?> DatabaseOption { get; } = new("--db")
    {
        Description = "The LiteDB file (overrides Storage:Path).",
        Recursive = true,
    };

    /// <summary>Where the settings come from for this invocation (file, environment, <c>--db</c>).</summary>
    public ConfigurationSources Sources(ParseResult parse) =>
        new(parse.GetValue(ConfigOption), parse.GetValue(DatabaseOption), Environment);

    /// <summary>
    /// Builds (does not start) the host of the command's services, with a checked configuration, opens the database
    /// (a damaged one is refused), records a database without a record as a team database (a command works on real
    /// data; the sandbox records its own when it creates it) and runs the schema migrations it lacks.
    /// </summary>
    public IHost OpenHost(ParseResult parse)
    {
        var host = BuildHost(parse);
        try
        {
            host.Services.GetRequiredService<SchemaMigrator>().Migrate(DatabaseKind.Team);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Builds (does not start) the host with a checked configuration; the database is not opened yet.</summary>
    public IHost BuildHost(ParseResult parse)
    {
        var host = FunnelBotHost.CreateBuilder(Sources(parse), Time).Build();
        try
        {
            _ = host.Services.CheckConfiguration();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
