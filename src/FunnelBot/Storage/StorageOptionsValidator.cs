using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.Storage;

/// <summary>Checks the <c>Storage</c> section at start: each problem is one line naming its setting.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}.{nameof(StorageOptions.Path)}: is required");
        }

        var problems = new ConfigurationProblems();
        var keep = $"{StorageOptions.Section}.{BackupOptions.Section}.{nameof(BackupOptions.Keep)}";
        if (options.Backup.Keep < 1)
        {
            problems.Add(keep, FormattableString.Invariant($"{options.Backup.Keep} is not a number of backups to keep (at least 1)"));
        }

        var folder = BackupFolder.Of(options).Path;
        if (File.Exists(folder))
        {
            problems.Add(BackupFolder.Setting, $"'{folder}' is a file, not a folder");
        }

        return problems.Any ? ValidateOptionsResult.Fail(problems.Lines) : ValidateOptionsResult.Success;
    }
}
