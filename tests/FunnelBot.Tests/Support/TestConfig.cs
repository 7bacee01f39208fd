using System.Text.Json.Nodes;

namespace FunnelBot.Tests.Support;

/// <summary>
/// A small valid team configuration for tests (English locale, Moscow time), editable as JSON before it is written.
/// Metrics: 0 leads, 1 qualified_leads, 2 ad_spend (money, target), 3 unsubscribes (lower), 4 form_conversion (percent),
/// 5 qualification_rate = qualified_leads / leads (percent ratio), 6 cost_per_lead = ad_spend / leads (money ratio, lower).
/// Members: 0 maria (manager), 1 anna (member).
/// </summary>
public sealed class TestConfig
{
    private const string Template = """
    {
      "Team": {
        "Name": "Test team", "TimeZone": "Europe/Moscow", "Locale": "en", "ChannelChatId": 0,
        "MentionNonReporters": false, "HeadlineMetrics": [ "leads" ],
        "Zones": { "YellowFrom": 0.90, "TargetTolerance": 0.10, "AskWhyAbove": 1.20 }
      },
      "Members": [
        { "Key": "maria", "DisplayName": "Maria", "Username": "maria_k", "Role": "manager" },
        { "Key": "anna", "DisplayName": "Anna", "UserId": 1001, "Role": "member", "Locale": "ru" }
      ],
      "Metrics": [
        { "Key": "leads", "Names": { "Ru": "Лиды", "En": "Leads" }, "Stage": "interest", "Channel": "other", "Unit": "count", "Direction": "higher", "Owner": "maria", "Kind": "entered" },
        { "Key": "qualified_leads", "Names": { "Ru": "Квал. лиды", "En": "Qualified leads" }, "Stage": "qualified", "Channel": "other", "Unit": "count", "Direction": "higher", "Owner": "maria", "Kind": "entered" },
        { "Key": "ad_spend", "Names": { "Ru": "Бюджет", "En": "Ad spend" }, "Stage": "reach", "Channel": "online_ads", "Unit": "money", "Direction": "target", "Owner": "anna", "Kind": "entered" },
        { "Key": "unsubscribes", "Names": { "Ru": "Отписки", "En": "Unsubscribes" }, "Stage": "contact", "Channel": "Mailings", "Unit": "count", "Direction": "lower", "Owner": "anna", "Kind": "entered" },
        { "Key": "form_conversion", "Names": { "Ru": "Конверсия формы", "En": "Form conversion" }, "Stage": "interest", "Channel": "OnlineAds", "Unit": "percent", "Direction": "higher", "Owner": "anna", "Kind": "entered" },
        { "Key": "qualification_rate", "Names": { "Ru": "Доля квал.", "En": "Qualification rate" }, "Stage": "qualified", "Channel": "other", "Unit": "percent", "Direction": "higher", "Owner": "maria", "Kind": "ratio", "Numerator": "qualified_leads", "Denominator": "leads" },
        { "Key": "cost_per_lead", "Names": { "Ru": "Цена лида", "En": "Cost per lead" }, "Stage": "interest", "Channel": "online_ads", "Unit": "money", "Direction": "lower", "Owner": "anna", "Kind": "ratio", "Numerator": "ad_spend", "Denominator": "leads" }
      ],
      "Schedule": {
        "Jobs": {
          "CheckInPrompt": { "Cron": "0 0 15 ? * FRI", "Enabled": true },
          "Reminder": { "Cron": "0 0 10 ? * MON", "Enabled": true },
          "WeeklyDigest": { "Cron": "0 0 11 ? * MON", "Enabled": true },
          "MonthlyResults": { "Cron": "0 0 11 1W * ?", "Enabled": true },
          "OverdueAlert": { "Cron": "0 0 10 ? * MON-FRI", "Enabled": false }
        },
        "CatchUpWindow": "1.00:00:00"
      },
      "Telegram": { "Token": "", "ApiBaseUrl": "" },
      "Storage": { "Path": "data/funnelbot.db", "Password": "" }
    }
    """;

    public JsonObject Json { get; } = JsonNode.Parse(Template)!.AsObject();

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
            array[int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }

        return this;
    }

    /// <summary>Writes the configuration as <c>funnelbot.json</c> into <paramref name="folder"/>; returns its path.</summary>
    public string WriteTo(TempFolder folder) => folder.Write("funnelbot.json", Json.ToJsonString());

    private static JsonNode? Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node[part];
        }

        var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[part[..bracket]]![index];
    }
}
