namespace FunnelBot.Configuration;

/// <summary>Collects problems of a configuration, each one line <c>Path: problem</c>.</summary>
public sealed class ConfigurationProblems
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public bool Any => _lines.Count > 0;

    public void Add(string path, string problem) => _lines.Add($"{path}: {problem}");
}

/// <summary>The configuration is wrong; each line of <see cref="Problems"/> names a setting and what is wrong with it.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(IReadOnlyList<string> problems)
        : base("The configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public InvalidConfigurationException()
        : this([])
    {
    }

    public InvalidConfigurationException(string message)
        : this([message])
    {
    }

    public InvalidConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
