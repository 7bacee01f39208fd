using System.Text.RegularExpressions;
using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot;

/// <summary>Checks the <c>Telegram</c> section before the bot starts, naming the setting and never echoing the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("Telegram.Token: is empty; set FUNNELBOT_Telegram__Token to the token from @BotFather");
        }
        else if (!TokenShape().IsMatch(options.Token))
        {
            problems.Add("Telegram.Token: does not look like a bot token (digits, a colon, then the secret)");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            problems.Add($"Telegram.ApiBaseUrl: '{options.ApiBaseUrl}' is not an http(s) address such as http://localhost:8081");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
