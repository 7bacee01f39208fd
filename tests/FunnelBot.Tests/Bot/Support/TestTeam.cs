using System.Text.Json.Nodes;

namespace FunnelBot.Tests.Bot.Support;

/// <summary>
/// The test team, the one every test that needs a team configuration uses: a manager, two members and an observer;
/// anna owns four entered metrics (count, money, percent, count), ivan one, and there is one ratio. Written as the JSON
/// configuration the bot reads. Members: 0 maria (manager), 1 anna, 2 ivan, 3 sergey (observer). Metrics: 0 leads,
/// 1 ad_spend (money, target), 2 open_rate (percent), 3 qualified, 4 calls (ivan's), 5 qualification_rate = qualified / leads.
/// A test that needs a setting or a metric the team lacks edits a copy (<see cref="FunnelBot.Tests.Support.TestConfig"/>); the team
/// itself stays as the end-to-end tests know it.
/// </summary>
public static class TestTeam
{
    public const string Manager = "maria";
    public const string Anna = "anna";
    public const string Ivan = "ivan";
    public const string Observer = "sergey";

    /// <summary>The id of the team group in tests that configure one (<see cref="BotTestHost.CreateTeamGroup"/>).</summary>
    public const long TeamGroupId = -1_001_234_567_890;

    public static JsonObject Configuration(string timeZone = "Europe/Moscow", string locale = "en", long channelChatId = 0) => new()
    {
        ["Team"] = new JsonObject
        {
            ["Name"] = "Test <Team> & Co",
            ["TimeZone"] = timeZone,
            ["Locale"] = locale,
            ["ChannelChatId"] = channelChatId,
            ["Zones"] = new JsonObject { ["YellowFrom"] = 0.9, ["TargetTolerance"] = 0.1, ["AskWhyAbove"] = 1.2 },
        },
        ["Members"] = new JsonArray(
            Member(Manager, "Maria", "maria_lead", "manager", "en"),
            Member(Anna, "Anna", "anna_ads", "member", null),
            Member(Ivan, "Ivan", "ivan_calls", "member", "ru"),
            Member(Observer, "Sergey", "sergey_sales", "observer", null)),
        ["Metrics"] = new JsonArray(
            Metric("leads", "Leads", "Лиды", "interest", "online_ads", "count", "higher", Anna),
            Metric("ad_spend", "Ad spend", "Расход на рекламу", "reach", "online_ads", "money", "target", Anna),
            Metric("open_rate", "Open rate", "Открываемость", "contact", "mailings", "percent", "higher", Anna),
            Metric("qualified", "Qualified leads", "Квалифицированные лиды", "qualified", "online_ads", "count", "higher", Anna),
            Metric("calls", "Calls held", "Проведённые звонки", "contact", "calls", "count", "higher", Ivan),
            Ratio("qualification_rate", "Qualification rate", "Доля квалифицированных", "qualified", "leads", Manager)),
        ["Schedule"] = new JsonObject
        {
            ["Jobs"] = new JsonObject
            {
                ["CheckInPrompt"] = Job("0 0 15 ? * FRI"),
                ["Reminder"] = Job("0 0 10 ? * MON"),
                ["WeeklyDigest"] = Job("0 0 11 ? * MON"),
                ["MonthlyResults"] = Job("0 0 11 1W * ?"),
                ["OverdueAlert"] = Job("0 0 10 ? * MON-FRI"),
            },
            ["CatchUpWindow"] = "1.00:00:00",
        },
        ["Telegram"] = new JsonObject { ["Token"] = string.Empty, ["ApiBaseUrl"] = string.Empty },
        ["Storage"] = new JsonObject { ["Path"] = "data/funnelbot.db", ["Password"] = string.Empty },
    };

    private static JsonObject Member(string key, string name, string username, string role, string? locale) => new()
    {
        ["Key"] = key,
        ["DisplayName"] = name,
        ["Username"] = username,
        ["Role"] = role,
        ["Locale"] = locale,
    };

    /// <summary>An entered metric as the configuration writes it, for a test that adds one the team lacks.</summary>
    public static JsonObject Metric(string key, string en, string ru, string stage, string channel, string unit, string direction, string owner) => new()
    {
        ["Key"] = key,
        ["Names"] = new JsonObject { ["Ru"] = ru, ["En"] = en },
        ["Stage"] = stage,
        ["Channel"] = channel,
        ["Unit"] = unit,
        ["Direction"] = direction,
        ["Owner"] = owner,
        ["Kind"] = "entered",
    };

    /// <summary>A ratio metric (<paramref name="numerator"/> / <paramref name="denominator"/>); a percent by default.</summary>
    public static JsonObject Ratio(
        string key, string en, string ru, string numerator, string denominator, string owner,
        string unit = "percent", string direction = "higher", string stage = "qualified", string channel = "other")
    {
        var ratio = Metric(key, en, ru, stage, channel, unit, direction, owner);
        ratio["Kind"] = "ratio";
        ratio["Numerator"] = numerator;
        ratio["Denominator"] = denominator;
        return ratio;
    }

    private static JsonObject Job(string cron) => new() { ["Cron"] = cron, ["Enabled"] = true };
}
