using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Hosting;
using FunnelBot.Tests.Bot.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Tests.Support;

/// <summary>
/// The test team's configuration (<see cref="TestTeam.Configuration"/>), a copy to edit before it is written or read:
/// a setting changed by its path, a metric the team lacks added for one test. The indexes are the team's:
/// members 0 maria (manager), 1 anna, 2 ivan, 3 sergey (observer); metrics 0 leads, 1 ad_spend (money, target),
/// 2 open_rate (percent), 3 qualified, 4 calls, 5 qualification_rate = qualified / leads.
/// </summary>
public sealed class TestConfig
{
    public TestConfig(string timeZone = "Europe/Moscow", string locale = "en")
    {
        Json = TestTeam.Configuration(timeZone, locale);
    }

    public JsonObject Json { get; }

    /// <summary>Sets a value by a path such as <c>Team.TimeZone</c> or <c>Metrics[2].Names.Ru</c>.</summary>
    public TestConfig Set(string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode node = Json;
        foreach (var part in parts[..^1])
        {
            node = Step(node, part)!;
        }

        var last = parts[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var array = node[last[..bracket]]!.AsArray();
            array[Index(last, bracket)] = value;
        }
        else
        {
            node[last] = value;
        }

        return this;
    }

    /// <summary>Adds a metric after the team's (built with <see cref="TestTeam.Metric"/> or <see cref="TestTeam.Ratio"/>).</summary>
    public TestConfig AddMetric(JsonObject metric)
    {
        Json["Metrics"]!.AsArray().Add(metric);
        return this;
    }

    /// <summary>
    /// Adds a second ratio, lower is better and in money: <c>cost_per_lead</c> = ad_spend / leads, anna's (metric 6),
    /// for tests of what only such a ratio shows (a target that is an amount, a ratio pointed at a ratio).
    /// </summary>
    public TestConfig WithCostPerLead() => AddMetric(TestTeam.Ratio(
        "cost_per_lead", "Cost per lead", "Цена лида", "ad_spend", "leads", TestTeam.Anna,
        unit: "money", direction: "lower", stage: "interest", channel: "online_ads"));

    /// <summary>Writes the configuration as <c>funnelbot.json</c> into <paramref name="folder"/>; returns its path.</summary>
    public string WriteTo(TempFolder folder) => folder.Write("funnelbot.json", Json.ToJsonString());

    /// <summary>
    /// The checked configuration as every entry point reads it (the host's own binding and checks, the host not started);
    /// throws <see cref="InvalidConfigurationException"/> listing every problem.
    /// </summary>
    public TeamConfiguration Read()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(Json.ToJsonString()));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(json);
        builder.AddFunnelBot();
        using var host = builder.Build();
        return host.Services.GetRequiredService<TeamConfiguration>();
    }

    private static JsonNode? Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? node[part] : node[part[..bracket]]![Index(part, bracket)];
    }

    private static int Index(string part, int bracket) => int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture);
}
