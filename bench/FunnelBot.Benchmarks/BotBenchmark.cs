using System.Collections;
using System.Collections.Concurrent;
using FunnelBot.Hosting;
using FunnelBot.Sandbox;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Benchmarks;

/// <summary>
/// <c>-- bot</c>: the real bot on the large data set, talking HTTP to the emulator. Times how long the bot takes to
/// handle <c>/status</c> against the trivial <c>/help</c> (p50/p99, from the bot's own <c>funnelbot.update.duration</c>
/// histogram; no flood limits). <c>/status</c> is timed twice: <c>uncached</c>, the data version bumped before each
/// request as a write does (input read from LiteDB, scorecard computed), and <c>cached</c>, nothing changed between
/// requests (input, scorecard and its text reused): by all owners in turn (the manager among them), then by the members only, then by the manager
/// only, whose private <c>/status</c> also gathers the attention list. <c>/help</c> reads nothing. Each round alternates <c>/status</c>
/// and <c>/help</c>, so that both are timed under the same load: the bot sends a reply's later parts to one chat a
/// second, and they go out while the next requests are handled. Then, on a fresh copy
/// against an emulator with Telegram's flood limits, 50 members check in at once: answers per second end to end and
/// messages (Bot API sends and edits) per answer.
/// </summary>
public static class BotBenchmark
{
    private const int Rounds = 200;

    /// <summary>Few: one chat gets a reply's parts one a second, so each of the manager's requests waits behind the last reply.</summary>
    private const int ManagerRounds = 10;
    private static readonly string[] MessageMethods = ["sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchDataSet data)
    {
        var folder = Directory.CreateTempSubdirectory("funnelbot-bench-bot-").FullName;
        var database = Path.Combine(folder, "funnelbot.db");
        File.Copy(Path.Combine(data.Folder, "funnelbot.db"), database);
        var durations = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        using var listener = UpdateDurations.Listen(durations);
        await using (var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions()))
        {
            using var host = await StartBotAsync(data, database, emulator);
            var users = Bind(emulator, host.Services);
            var version = host.Services.GetRequiredService<FunnelDatabase>().Changes;
            await Round(emulator, users, 20, version.Bump);
            await Round(emulator, users, 20);
            await TakeAsync(durations, "command:status", 40);
            await TakeAsync(durations, "command:help", 40);
            var uncachedCollections = await Round(emulator, users, Rounds, version.Bump);
            UpdateDurations.Print("/status uncached (data version bumped before each)", await TakeAsync(durations, "command:status", Rounds));
            UpdateDurations.Print("/help in the same round (reads nothing)", await TakeAsync(durations, "command:help", Rounds));
            Console.WriteLine(uncachedCollections);
            var cachedCollections = await Round(emulator, users, Rounds);
            UpdateDurations.Print("/status cached (nothing changed)", await TakeAsync(durations, "command:status", Rounds));
            UpdateDurations.Print("/help in the same round (reads nothing)", await TakeAsync(durations, "command:help", Rounds));
            Console.WriteLine(cachedCollections);
            var members = users.Skip(1).ToList();
            var membersCollections = await Round(emulator, members, Rounds);
            UpdateDurations.Print("/status cached, members only (without the manager's attention list)", await TakeAsync(durations, "command:status", Rounds));
            UpdateDurations.Print("/help in the same round (reads nothing)", await TakeAsync(durations, "command:help", Rounds));
            Console.WriteLine(membersCollections);
            Console.WriteLine(FormattableString.Invariant($"/status reply: {StatusParts(emulator, users[0])} messages"));
            await Round(emulator, users.Take(1).ToList(), ManagerRounds);
            UpdateDurations.Print("/status cached, the manager only (with the attention list)", await TakeAsync(durations, "command:status", ManagerRounds));
            await TakeAsync(durations, "command:help", ManagerRounds);
            await host.StopAsync();
        }

        File.Copy(Path.Combine(data.Folder, "funnelbot.db"), database, overwrite: true);
        durations.Clear();
        await using (var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions { FloodLimits = FloodLimitOptions.TelegramDefaults }))
        {
            using var host = await StartBotAsync(data, database, emulator);
            var users = Bind(emulator, host.Services);
            var before = Requests(emulator);
            var answers = await CheckInsAsync(emulator, users);
            var messages = Requests(emulator) - before;
            UpdateDurations.Print("check-in answer (typed)", durations.GetValueOrDefault("text"));
            Console.WriteLine(FormattableString.Invariant(
                $"check-in with flood limits: {users.Count} members, {answers.Count} answers ({answers.Typed} typed, {answers.Count - answers.Typed} pressed) in {answers.Seconds:F1} s wall = {answers.Count / answers.Seconds:F1} answers/s (end to end, replies delivered, the {users.Count} starts included)"));
            Console.WriteLine(FormattableString.Invariant(
                $"check-in steady state (every member at a question, until the last reply): {answers.SteadyCount} answers in {answers.SteadySeconds:F1} s = {answers.SteadyCount / answers.SteadySeconds:F1} answers/s"));
            Console.WriteLine(FormattableString.Invariant(
                $"check-in messages: {messages} Bot API sends and edits = {(messages - users.Count) / (double)answers.Count:F2} per answer after each start's one message; 429s {emulator.Faults.FloodRejectedCount()}"));
            await host.StopAsync();
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<IHost> StartBotAsync(BenchDataSet data, string database, BotApiEmulator emulator)
    {
        var environment = new Hashtable
        {
            ["FUNNELBOT_Telegram__Token"] = emulator.Options.BotToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString(),
        };
        var builder = BotHostBuilder.Create(new ConfigurationSources(data.ConfigPath, database, environment), new FixedClock(BenchDataSet.ReportWeek.Next));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        await emulator.Driver.WaitForPollingAsync(Timeout);
        return host;
    }

    /// <summary>The bot's messages between the member's last <c>/status</c> and their next message (a /help that waited for them all).</summary>
    private static int StatusParts(BotApiEmulator emulator, SandboxUser user)
    {
        var messages = emulator.Driver.Messages(user.Id);
        var asked = messages.Select((m, i) => (m, i)).Last(pair => !pair.m.IsFromBot && pair.m.Text == "/status").i;
        return messages.Skip(asked + 1).TakeWhile(m => m.IsFromBot).Count();
    }

    /// <summary>Requests that put or change a message in a chat (what Telegram's flood limits count), accepted or refused.</summary>
    private static int Requests(BotApiEmulator emulator) =>
        MessageMethods.Sum(emulator.Driver.RequestCount);

    internal static List<SandboxUser> Bind(BotApiEmulator emulator, IServiceProvider services)
    {
        var bindings = services.GetRequiredService<MemberBindingStore>();
        var users = new List<SandboxUser>();
        for (var i = 0; i < BenchDataSet.Owners; i++)
        {
            var user = emulator.Driver.CreateUser(FormattableString.Invariant($"Owner {i}"), FormattableString.Invariant($"owner_{i:D2}"), "en");
            bindings.Save(new MemberBinding { Id = FormattableString.Invariant($"owner{i:D2}"), UserId = user.Id, ChatId = user.Id });
            users.Add(user);
        }

        return users;
    }

    /// <summary>
    /// Takes the samples of one kind once <paramref name="count"/> are in (the bot records an update's duration after
    /// its reply is sent, so the last one may come after the reply), leaving the others.
    /// </summary>
    private static async Task<ConcurrentBag<double>?> TakeAsync(ConcurrentDictionary<string, ConcurrentBag<double>> durations, string kind, int count)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while ((durations.GetValueOrDefault(kind)?.Count ?? 0) < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        return durations.TryRemove(kind, out var samples) ? samples : null;
    }

    /// <summary>
    /// Sends <c>/status</c> and <c>/help</c> <paramref name="count"/> times each, alternating, from many members in turn,
    /// each waiting for the first message of its reply; <paramref name="beforeStatus"/> runs before each <c>/status</c>.
    /// Returns what the garbage collector did meanwhile (the whole process: bot and emulator).
    /// </summary>
    private static async Task<string> Round(BotApiEmulator emulator, List<SandboxUser> users, int count, Action? beforeStatus = null)
    {
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var paused = GC.GetTotalPauseDuration();
        for (var i = 0; i < 2 * count; i++)
        {
            var status = i % 2 == 0;
            if (status)
            {
                beforeStatus?.Invoke();
            }

            var user = users[i % users.Count];
            var sent = await emulator.Driver.SendTextAsync(user.Id, status ? "/status" : "/help");
            await emulator.Driver.WaitForMessageAsync(user.Id, sent.MessageId, Timeout);
        }

        var counts = Enumerable.Range(0, 3).Select(generation => GC.CollectionCount(generation) - collections[generation]).ToArray();
        return FormattableString.Invariant(
            $"  garbage collections in the round: gen0 {counts[0]}, gen1 {counts[1]}, gen2 {counts[2]}; paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms in all");
    }

    /// <summary>
    /// Every member starts a check-in, all at once, and answers whatever the question message asks until the summary:
    /// a value question with a typed 0, a "why" question with Skip, the summary with Finish. Each answer waits for its
    /// reply (a new message or an edit of one). The steady state runs from the moment every member has a question in
    /// front of them (the last start answered) to the last reply: the answers replied to in it, per second.
    /// </summary>
    private static async Task<CheckInRun> CheckInsAsync(BotApiEmulator emulator, List<SandboxUser> users)
    {
        var started = DateTimeOffset.UtcNow;
        var startsDone = new ConcurrentBag<DateTimeOffset>();
        var repliesAt = new ConcurrentBag<DateTimeOffset>();
        var counts = await Task.WhenAll(users.Select(async user =>
        {
            var sent = await emulator.Driver.SendTextAsync(user.Id, "/checkin");
            await emulator.Driver.WaitForMessageAsync(user.Id, m => m.MessageId > sent.MessageId && m.ReplyMarkup is not null, Timeout);
            startsDone.Add(DateTimeOffset.UtcNow);
            var (answered, typed) = (0, 0);
            while (answered < 40)
            {
                var question = emulator.Driver.BotMessages(user.Id).Last(m => m.ReplyMarkup is not null);
                var buttons = question.ReplyMarkup!.Buttons;
                var last = emulator.Driver.Messages(user.Id)[^1].MessageId;
                if (question.Text?.Contains("Numbers for the week", StringComparison.Ordinal) == true)
                {
                    var finish = buttons.First(b => b.Text.EndsWith("Finish", StringComparison.Ordinal));
                    await emulator.Driver.PressButtonAsync(user.Id, user.Id, question.MessageId, finish.CallbackData!);
                    answered++;
                    await emulator.Driver.WaitForMessageAsync(
                        user.Id, m => m.MessageId > last || (m.MessageId == question.MessageId && m.EditCount > question.EditCount), Timeout);
                    repliesAt.Add(DateTimeOffset.UtcNow);
                    break;
                }

                if (question.Text?.Contains("Why", StringComparison.Ordinal) == true && buttons.FirstOrDefault(b => b.Text == "Skip") is { } skip)
                {
                    await emulator.Driver.PressButtonAsync(user.Id, user.Id, question.MessageId, skip.CallbackData!);
                }
                else
                {
                    var answer = await emulator.Driver.SendTextAsync(user.Id, "0");
                    last = answer.MessageId;
                    typed++;
                }

                answered++;
                await emulator.Driver.WaitForMessageAsync(
                    user.Id, m => m.MessageId > last || (m.MessageId == question.MessageId && m.EditCount > question.EditCount), Timeout);
                repliesAt.Add(DateTimeOffset.UtcNow);
            }

            return (answered, typed);
        }));
        var ended = DateTimeOffset.UtcNow;
        var steadyFrom = startsDone.Max();
        return new CheckInRun(
            counts.Sum(c => c.answered),
            counts.Sum(c => c.typed),
            (ended - started).TotalSeconds,
            repliesAt.Count(at => at > steadyFrom),
            (ended - steadyFrom).TotalSeconds);
    }

    private sealed record CheckInRun(int Count, int Typed, double Seconds, int SteadyCount, double SteadySeconds);

    /// <summary>The business clock stands on a Friday noon (UTC): the week after the data set, so check-ins have questions.</summary>
    private sealed class FixedClock(FunnelBot.Domain.Periods.IsoWeek week) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(week.Monday.AddDays(4).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
