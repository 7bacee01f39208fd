using System.Collections;
using FunnelBot.Configuration;
using Microsoft.Extensions.Configuration;

namespace FunnelBot.Hosting;

/// <summary>Where the settings come from: the JSON file, then <c>FUNNELBOT_</c> environment variables, then command-line overrides.</summary>
public sealed record ConfigurationSources(string? ConfigPath, string? DatabasePath, IDictionary Environment)
{
    public const string DefaultConfigPath = "config/funnelbot.json";

    public const string EnvironmentPrefix = "FUNNELBOT_";

    /// <summary>
    /// The configuration file: <paramref name="explicitPath"/> when given (it must exist), else
    /// <c>config/funnelbot.json</c> in the current directory, else the one beside the executable.
    /// </summary>
    public static string LocateConfigFile(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var full = Path.GetFullPath(explicitPath);
            return File.Exists(full) ? full : throw new InvalidConfigurationException($"--config: the file '{full}' does not exist");
        }

        var inCurrentDirectory = Path.GetFullPath(DefaultConfigPath);
        if (File.Exists(inCurrentDirectory))
        {
            return inCurrentDirectory;
        }

        var besideExecutable = Path.Combine(AppContext.BaseDirectory, DefaultConfigPath);
        return File.Exists(besideExecutable)
            ? besideExecutable
            : throw new InvalidConfigurationException($"--config: no '{DefaultConfigPath}' in '{Directory.GetCurrentDirectory()}' nor beside the executable");
    }

    /// <summary>The <c>FUNNELBOT_</c> variables as settings, in the usual .NET form (<c>FUNNELBOT_Team__TimeZone</c> -> <c>Team:TimeZone</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> EnvironmentSettings(IDictionary environment)
    {
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new(name[EnvironmentPrefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), entry.Value as string);
            }
        }
    }

    /// <summary>Adds the file, the environment and the <c>--db</c> override to <paramref name="configuration"/>.</summary>
    public void AddTo(IConfigurationBuilder configuration)
    {
        var file = LocateConfigFile(ConfigPath);
        try
        {
            configuration.AddJsonFile(file, optional: false, reloadOnChange: false);
            configuration.Build();
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidConfigurationException($"{file}: {exception.InnerException?.Message ?? exception.Message}", exception);
        }

        configuration.AddInMemoryCollection(EnvironmentSettings(Environment));
        if (!string.IsNullOrWhiteSpace(DatabasePath))
        {
            configuration.AddInMemoryCollection([new($"{StorageOptions.Section}:{nameof(StorageOptions.Path)}", DatabasePath)]);
        }
    }
}
