using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.AbTesting;

/// <summary>Checks the <c>AbTests</c> section at start, one line per problem naming the setting.</summary>
public sealed class AbTestOptionsValidator : IValidateOptions<AbTestOptions>
{
    public const long MaxMinimumPerVariant = 1_000_000;

    public ValidateOptionsResult Validate(string? name, AbTestOptions options)
    {
        var problems = new List<string>();
        if (options.MinimumPerVariant is < 1 or > MaxMinimumPerVariant)
        {
            problems.Add($"AbTests.MinimumPerVariant: {options.MinimumPerVariant} is not a number of trials from 1 to {MaxMinimumPerVariant}");
        }

        if (!double.IsFinite(options.MinimumDetectableLift) || options.MinimumDetectableLift <= 0 || options.MinimumDetectableLift > 10)
        {
            problems.Add($"AbTests.MinimumDetectableLift: {options.MinimumDetectableLift} is not a relative lift above 0 and at most 10 (0.5 is 50% better than A)");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
