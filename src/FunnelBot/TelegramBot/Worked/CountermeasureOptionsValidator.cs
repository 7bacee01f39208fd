using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>Checks the <c>Countermeasures</c> section at start, one line per problem naming the setting.</summary>
public sealed class CountermeasureOptionsValidator : IValidateOptions<CountermeasureOptions>
{
    public const int MaxFollowWeeks = 26;

    public ValidateOptionsResult Validate(string? name, CountermeasureOptions options)
    {
        var problems = new List<string>();
        if (options.FollowWeeks is < 1 or > MaxFollowWeeks)
        {
            problems.Add($"Countermeasures.FollowWeeks: {options.FollowWeeks} is not a number of weeks from 1 to {MaxFollowWeeks}");
        }

        if (options.ImprovedBy is <= 0m or > 1m)
        {
            problems.Add($"Countermeasures.ImprovedBy: {options.ImprovedBy} is not a fraction above 0 and at most 1 (0.1 is 10 percentage points of attainment)");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
