using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary><c>apikey create|list|revoke</c>: a key printed once, stored only as its hash.</summary>
public sealed class ApiKeyCliTests
{
    [Fact]
    public async Task CreateListRevoke_ScopedKey_PrintedOnceStoredAsAHashThenRefused()
    {
        using var cli = new CliRun();

        var created = await cli.Run("apikey", "create", "crm-sync", "--metric", "leads", "--metric", "ad_spend");
        var listed = await cli.Run("apikey", "list");
        var secret = created.Output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith(ApiKeyStore.Prefix, StringComparison.Ordinal));
        var databaseBytes = await File.ReadAllBytesAsync(cli.DatabasePath);
        var revoked = await cli.Run("apikey", "revoke", "crm-sync");
        var again = await cli.Run("apikey", "revoke", "crm-sync");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("API key 'crm-sync' (metrics: leads, ad_spend). It is shown only now; keep it secret:", created.Output, StringComparison.Ordinal);
        Assert.Equal(4 + 43, secret.Length);
        Assert.StartsWith("crm-sync  metrics: leads, ad_spend  made by cli on ", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(databaseBytes), StringComparison.Ordinal);
        Assert.Equal((0, "API key 'crm-sync' is revoked."), (revoked.ExitCode, revoked.Output.Trim()));
        Assert.Equal((2, "name: no key named 'crm-sync' (apikey list shows them)"), (again.ExitCode, again.Error.Trim()));
    }

    [Fact]
    public async Task Create_UnknownMetric_RefusedNamingTheOption()
    {
        using var cli = new CliRun();

        var result = await cli.Run("apikey", "create", "crm", "--metric", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--metric: 'nope' is not an entered metric (", result.Error.Trim(), StringComparison.Ordinal);
    }
}
