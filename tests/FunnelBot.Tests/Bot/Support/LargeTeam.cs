using System.Text.Json.Nodes;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.Tests.Bot.Support;

/// <summary>
/// The test team with <c>count</c> more members, <c>m0</c>, <c>m1</c>, …, each owning one entered metric
/// (<c>leads_0</c>, …) with no values: every one of them has a gap to be prompted for.
/// </summary>
public static class LargeTeam
{
    public static JsonObject Configuration(int count)
    {
        var configuration = TestTeam.Configuration();
        var members = (JsonArray)configuration["Members"]!;
        var metrics = (JsonArray)configuration["Metrics"]!;
        for (var i = 0; i < count; i++)
        {
            members.Add(new JsonObject { ["Key"] = $"m{i}", ["DisplayName"] = $"Member {i}", ["Username"] = $"member_{i}", ["Role"] = "member" });
            metrics.Add(TestTeam.Metric($"leads_{i}", $"Leads {i}", $"Лиды {i}", "interest", "other", "count", "higher", $"m{i}"));
        }

        return configuration;
    }

    /// <summary>Binds each added member to a new emulator user (who started the bot); returns their private chats, in member order.</summary>
    public static List<long> Bind(BotTestHost bot, int count)
    {
        var chats = new List<long>();
        var bindings = bot.Service<MemberBindingStore>();
        for (var i = 0; i < count; i++)
        {
            var user = bot.Driver.CreateUser($"Member {i}", $"member_{i}", "en");
            bindings.Save(new MemberBinding { Id = $"m{i}", UserId = user.Id, ChatId = user.Id, Username = user.Username });
            chats.Add(user.Id);
        }

        return chats;
    }
}
