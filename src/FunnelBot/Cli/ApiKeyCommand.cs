using System.CommandLine;
using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Cli;

/// <summary>
/// <c>apikey create|revoke|list</c>: the push API's keys, made on the server as the manager's <c>/apikey</c> makes
/// them. A new key is printed once; only its hash is stored.
/// </summary>
public static class ApiKeyCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The key's name: the source its writes are recorded under (1-40 letters, digits, '-', '_', '.')." };
        var metrics = new Option<string[]>("--metric") { Description = "A metric the key may write (repeat for more); none: every entered metric.", AllowMultipleArgumentsPerToken = true };
        var create = new Command("create", "Make a key for the push API and print it once.") { name, metrics };
        create.SetAction(parse => CreateKey(context, parse, parse.GetRequiredValue(name), parse.GetValue(metrics) ?? []));

        var revokedName = new Argument<string>("name") { Description = "The name of the key to revoke." };
        var revoke = new Command("revoke", "Revoke a key: it is refused from now on.") { revokedName };
        revoke.SetAction(parse => Revoke(context, parse, parse.GetRequiredValue(revokedName)));

        var list = new Command("list", "List the keys not revoked (names and scopes, never the keys).");
        list.SetAction(parse => List(context, parse));

        return new Command("apikey", "Keys of the push API (/api/v1).") { create, revoke, list };
    }

    private static int CreateKey(CliContext context, ParseResult parse, string name, string[] metrics)
    {
        if (!ApiKeyStore.IsName(name))
        {
            throw new CliUsageException($"name: '{name}' is not a key name (1-40 letters, digits, '-', '_', '.', starting with a letter or digit)");
        }

        using var host = context.OpenHost(parse);
        var team = host.Services.GetRequiredService<TeamConfiguration>();
        var entered = team.Metrics.Where(metric => metric.Kind == MetricKind.Entered).Select(metric => metric.Key).ToList();
        var unknown = metrics.Where(metric => !entered.Contains(metric, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"--metric: {string.Join(", ", unknown.Select(m => $"'{m}'"))} is not an entered metric ({string.Join(", ", entered)})");
        }

        var created = host.Services.GetRequiredService<ApiKeyStore>().Create(name, metrics, ChangeAuthor.Cli.Who)
            ?? throw new CliUsageException($"name: a key named '{name}' exists; revoke it first or choose another name");
        context.Output.WriteLine($"API key '{created.Key.Name}' ({Scope(created.Key)}). It is shown only now; keep it secret:");
        context.Output.WriteLine($"  {created.Secret}");
        return ExitCodes.Success;
    }

    private static int Revoke(CliContext context, ParseResult parse, string name)
    {
        using var host = context.OpenHost(parse);
        if (!host.Services.GetRequiredService<ApiKeyStore>().Revoke(name, ChangeAuthor.Cli.Who))
        {
            throw new CliUsageException($"name: no key named '{name}' (apikey list shows them)");
        }

        context.Output.WriteLine($"API key '{name}' is revoked.");
        return ExitCodes.Success;
    }

    private static int List(CliContext context, ParseResult parse)
    {
        using var host = context.OpenHost(parse);
        var keys = host.Services.GetRequiredService<ApiKeyStore>().Active();
        if (keys.Count == 0)
        {
            context.Output.WriteLine("No API keys.");
        }

        foreach (var key in keys)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Name}  {Scope(key)}  made by {key.CreatedBy} on {key.CreatedAt:yyyy-MM-dd}"));
        }

        return ExitCodes.Success;
    }

    private static string Scope(ApiKeyDocument key) => key.Metrics.Count == 0 ? "every entered metric" : "metrics: " + string.Join(", ", key.Metrics);
}
