using System.Net;
using System.Text.RegularExpressions;
using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi;

/// <summary>Checks the <c>Http</c> section before the bot starts, one line per problem naming its setting.</summary>
public sealed partial class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        var problems = new List<string>();
        foreach (var url in options.UrlList)
        {
            if (!IsListenAddress(url))
            {
                problems.Add($"Http.Urls: '{url}' is not an address to listen on such as http://0.0.0.0:8080 (plain http: TLS is the reverse proxy's)");
            }
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                problems.Add($"Http.KnownProxies: '{proxy}' is not an IP address such as 10.0.0.2");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                problems.Add($"Http.KnownNetworks: '{network}' is not a network in CIDR form such as 10.0.0.0/8");
            }
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 64L * 1024 * 1024)
        {
            problems.Add($"Http.MaxRequestBodyBytes: {options.MaxRequestBodyBytes} is outside 1024..67108864");
        }

        if (options.RequestTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"Http.RequestTimeout: {options.RequestTimeout} is outside 00:00:01..00:10:00");
        }

        if (options.ApiRequestsPerMinute is < 1 or > 100_000)
        {
            problems.Add($"Http.ApiRequestsPerMinute: {options.ApiRequestsPerMinute} is outside 1..100000");
        }

        if (options.MaxUpdateSilence < TimeSpan.FromMinutes(1))
        {
            problems.Add($"Http.MaxUpdateSilence: {options.MaxUpdateSilence} is shorter than a long poll may wait (00:01:00 at least)");
        }

        if (options.MaxOutboxAge < TimeSpan.FromMinutes(1))
        {
            problems.Add($"Http.MaxOutboxAge: {options.MaxOutboxAge} is shorter than 00:01:00");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>http://host:port with a port, host a name, an address, <c>*</c> or <c>+</c>; no path.</summary>
    private static bool IsListenAddress(string url)
    {
        var probe = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
        return Uri.TryCreate(probe, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp
            && ListenShape().IsMatch(url);
    }

    [GeneratedRegex(@"^http://[^/?#]+:[0-9]{1,5}/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListenShape();
}
