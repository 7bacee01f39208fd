using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.Hosting;
using FunnelBot.Sandbox;
using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Benchmarks;

/// <summary>
/// <c>-- fanout [--members 100,500,1000]</c>: the Friday prompt to a team of N members on the large data set, sent by
/// the real bot through the emulator with Telegram's flood limits on. For each N, a fresh bot on a copy of the data set
/// (its 200 metrics with six years of values and plans, owned by the N members in turn; members beyond the 190 entered
/// metrics own one new metric each, without history) prompts every member for the week after the data set: one message
/// each, the intro above the first question, N messages. Prints the time until the round had queued everyone, the time
/// until the last message arrived, the fraction of the ceiling (N messages at 30 a second, divided by the measured time), the 429s
/// the emulator's flood limits answered, and the messages lost or doubled.
/// </summary>
public static class FanoutBenchmark
{
    private const int MessagesPerMember = 1;
    private const double TelegramOverallPerSecond = 30;
    private static readonly int[] DefaultSizes = [100, 500, 1000];
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>The prompt's week: the week after the data set, so that every member has gaps.</summary>
    private static readonly IsoWeek Week = BenchDataSet.ReportWeek.Next;

    /// <summary>Friday 15:00 in Moscow, the data set's prompt slot (cron <c>0 0 15 ? * FRI</c>).</summary>
    private static readonly DateTimeOffset Slot = new(Week.Monday.AddDays(4).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public static async Task<int> RunAsync(BenchDataSet data, string[] args)
    {
        var sizes = Sizes(args);
        var missed = 0;
        foreach (var members in sizes)
        {
            var result = await RunOneAsync(data, members);
            Console.WriteLine(result);
            missed += result.Lost > 0 || result.Doubled > 0 ? 1 : 0;
        }

        return missed == 0 ? 0 : 1;
    }

    private static int[] Sizes(string[] args)
    {
        var at = Array.IndexOf(args, "--members");
        return at >= 0 && at + 1 < args.Length
            ? [.. args[at + 1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))]
            : DefaultSizes;
    }

    private static async Task<FanoutResult> RunOneAsync(BenchDataSet data, int members)
    {
        var folder = Directory.CreateTempSubdirectory("funnelbot-bench-fanout-").FullName;
        try
        {
            var database = Path.Combine(folder, "funnelbot.db");
            File.Copy(data.DatabasePath, database);
            var config = Path.Combine(folder, "funnelbot.json");
            await File.WriteAllTextAsync(config, TeamOf(data, members).ToJsonString());
            await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions { FloodLimits = FloodLimitOptions.TelegramDefaults });
            var environment = new Hashtable
            {
                ["FUNNELBOT_Telegram__Token"] = emulator.Options.BotToken,
                ["FUNNELBOT_Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString(),
            };

            // The business clock stands an hour before the slot, so that the start's catch-up does not run the prompt.
            var builder = BotHostBuilder.Create(new ConfigurationSources(config, database, environment), new FixedClock(Slot.AddHours(-1)));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync();
            await emulator.Driver.WaitForPollingAsync(Bound);
            var chats = Bind(emulator, host.Services, members);
            var outbox = host.Services.GetRequiredService<OutboxStore>();

            var clock = Stopwatch.StartNew();
            var round = Task.Run(() => host.Services.GetRequiredService<ScheduledJobRunner>().RunAsync(CheckInPromptJob.Declaration, Slot, CancellationToken.None));
            var expected = members * MessagesPerMember;
            TimeSpan? queued = null;
            TimeSpan? lastDelivered = null;
            while (clock.Elapsed < Bound)
            {
                if (queued is null && round.IsCompleted)
                {
                    queued = clock.Elapsed;
                    await round;
                }

                if (lastDelivered is null && Delivered(emulator, chats) >= expected)
                {
                    lastDelivered = clock.Elapsed;
                }

                if (queued is not null && lastDelivered is not null && outbox.Count() == 0)
                {
                    break;
                }

                await Task.Delay(Poll);
            }

            // A message sent twice would arrive right behind the first: give the outbox a moment more.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var counts = chats.Select(chat => emulator.Driver.BotMessages(chat).Count).ToList();
            var result = new FanoutResult(
                members,
                expected,
                queued,
                lastDelivered,
                emulator.Faults.FloodRejectedCount(),
                counts.Sum(count => Math.Max(0, MessagesPerMember - count)),
                counts.Sum(count => Math.Max(0, count - MessagesPerMember)));
            await host.StopAsync();
            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Delivered(BotApiEmulator emulator, List<long> chats) => chats.Sum(chat => emulator.Driver.BotMessages(chat).Count);

    /// <summary>Binds each member to a new emulator user; returns their private chats.</summary>
    private static List<long> Bind(BotApiEmulator emulator, IServiceProvider services, int members)
    {
        var bindings = services.GetRequiredService<MemberBindingStore>();
        var chats = new List<long>(members);
        for (var i = 0; i < members; i++)
        {
            var user = emulator.Driver.CreateUser(FormattableString.Invariant($"Member {i}"), FormattableString.Invariant($"member_{i:D4}"), "en");
            bindings.Save(new MemberBinding { Id = MemberKey(i), UserId = user.Id, ChatId = user.Id, Username = user.Username });
            chats.Add(user.Id);
        }

        return chats;
    }

    /// <summary>The data set's configuration with N members owning its metrics in turn, and a new metric each for those beyond them.</summary>
    private static JsonObject TeamOf(BenchDataSet data, int members)
    {
        var config = JsonNode.Parse(File.ReadAllText(data.ConfigPath))!.AsObject();
        config["Members"] = new JsonArray([.. Enumerable.Range(0, members).Select(i => (JsonNode)new JsonObject
        {
            ["Key"] = MemberKey(i),
            ["DisplayName"] = FormattableString.Invariant($"Member {i}"),
            ["Username"] = FormattableString.Invariant($"member_{i:D4}"),
            ["Role"] = i == 0 ? "manager" : "member",
        })]);
        var metrics = config["Metrics"]!.AsArray();
        var entered = 0;
        foreach (var metric in metrics.Select(m => m!.AsObject()))
        {
            var index = metric["Kind"]!.GetValue<string>() == "entered" ? entered++ : 0;
            metric["Owner"] = MemberKey(index % members);
        }

        for (var i = entered; i < members; i++)
        {
            var key = FormattableString.Invariant($"x{i:D4}");
            metrics.Add(new JsonObject
            {
                ["Key"] = key,
                ["Names"] = new JsonObject { ["Ru"] = "Метрика " + key, ["En"] = "Metric " + key },
                ["Stage"] = "Interest",
                ["Channel"] = "Other",
                ["Unit"] = "count",
                ["Direction"] = "higher",
                ["Owner"] = MemberKey(i),
                ["Kind"] = "entered",
            });
        }

        return config;
    }

    private static string MemberKey(int index) => FormattableString.Invariant($"member{index:D4}");

    private sealed record FanoutResult(int Members, int Messages, TimeSpan? Queued, TimeSpan? LastDelivered, int TooManyRequests, int Lost, int Doubled)
    {
        public override string ToString()
        {
            var ideal = Messages / TelegramOverallPerSecond;
            var last = LastDelivered is { } delivered
                ? FormattableString.Invariant($"last delivered {delivered.TotalSeconds:F1} s, {ideal / delivered.TotalSeconds:P0} of the ceiling ({ideal:F1} s at 30/s)")
                : FormattableString.Invariant($"not all delivered within {Bound.TotalMinutes:F0} min");
            var queued = Queued is { } q ? FormattableString.Invariant($"{q.TotalSeconds:F1} s") : "not done";
            return FormattableString.Invariant(
                $"fanout {Members} members ({Messages} messages): all queued after {queued}, {last}; 429s {TooManyRequests}, lost {Lost}, doubled {Doubled}");
        }
    }

    /// <summary>A business clock that stands still.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
