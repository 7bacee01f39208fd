using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Lifetime;
using FunnelBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Benchmarks;

/// <summary>
/// <c>-- load [--outage-seconds 180]</c>: replays the floods of a stress test against the real bot and the emulator
/// (loopback only, Telegram's flood limits on, every scenario bounded) and prints what the rest of the team saw.
/// 1. One member sends 1 000 <c>/chart</c> (with the shipped limits, and with the limits lifted so that 100 charts
///    really queue); 2. a stranger sends 5 000 messages; 3. every send fails for a while (an outage) while ten members
///    send 40 commands each; 4. the disk fills up during a CSV import.
/// What is cached: the others' <c>/help</c> reads nothing; in the <c>/chart</c> floods nothing is written, so the first
/// chart reads the scorecard input from LiteDB (uncached) and every later one reuses it (cached); the outage's
/// <c>/task</c> commands and the import write, so every read after them is uncached.
/// </summary>
public static partial class LoadBenchmark
{
    private const long MemoryTarget = 250L * 1024 * 1024;
    private const double HelpP99TargetMs = 2000;
    private const int FloodRate = 100;

    /// <summary>Starts each result line of a scenario's process, so that the bot's own log lines are left out.</summary>
    private const string ResultMark = "result: ";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(10);

    private static readonly string[] Scenarios = ["chart", "chart-unlimited", "stranger", "outage", "disk-full"];

    /// <summary>Runs every scenario in a fresh child process (so that each memory figure is its own) and sums up.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var failed = 0;
        foreach (var scenario in Scenarios)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };

            // The garbage collector's settings of the Dockerfile, as the hosted bot runs.
            start.Environment["DOTNET_gcServer"] = "0";
            start.Environment["DOTNET_GCgen0size"] = "0x1000000";
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(BenchProgram).Assembly.Location);
            }

            foreach (var argument in new[] { "load-one", scenario }.Concat(args.Skip(1)))
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            foreach (var line in output.Split('\n').Where(line => line.StartsWith(ResultMark, StringComparison.Ordinal)))
            {
                Console.WriteLine(line[ResultMark.Length..].TrimEnd());
            }

            failed += child.ExitCode == 0 ? 0 : 1;
        }

        Console.WriteLine(failed == 0 ? "load: every target met" : $"load: {failed} scenario(s) missed a target");
        return failed == 0 ? 0 : 1;
    }

    /// <summary><c>load-one &lt;scenario&gt;</c>: one scenario in this process; exit 0 when it met its targets.</summary>
    public static async Task<int> RunOneAsync(BenchDataSet data, string[] args)
    {
        var outage = TimeSpan.FromSeconds(OptionValue(args, "--outage-seconds") ?? 180);
        var ok = args.ElementAtOrDefault(1) switch
        {
            "chart" => await ChartFloodAsync(data, "shipped limits", null),
            "chart-unlimited" => await ChartFloodAsync(data, "limits lifted", new Dictionary<string, string>
            {
                ["Access__CostlyCommandsPerWindow"] = "100",
                ["Access__PendingRepliesPerChat"] = "1000",
            }),
            "stranger" => await StrangerFloodAsync(data),
            "outage" => await OutageAsync(data, outage),
            "disk-full" => await DiskFullDuringImportAsync(data),
            var other => throw new ArgumentException($"unknown scenario '{other}'; one of {string.Join(", ", Scenarios)}"),
        };
        return ok ? 0 : 1;
    }

    private static async Task<bool> ChartFloodAsync(BenchDataSet data, string variant, Dictionary<string, string>? settings)
    {
        await using var bot = await BotUnderLoad.StartAsync(data, settings);
        var flooder = bot.Owners[1];
        var probe = new LoadProbe(bot.Emulator, bot.Owners.Skip(2).ToList());
        using var stop = new CancellationTokenSource();
        var probing = probe.RunAsync(stop.Token);
        var clock = Stopwatch.StartNew();
        await FloodAsync(1000, i => bot.Emulator.Driver.SendTextAsync(flooder.Id, "/chart"));

        await WaitAsync(bot.IsHandled);
        var handled = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await probing;
        var messages = bot.Emulator.Driver.BotMessages(flooder.Id);
        var charts = messages.Count(m => m.Attachment is not null);
        Console.WriteLine(ResultMark + string.Create(CultureInfo.InvariantCulture, $"chart flood ({variant}): 1000 /chart at 100/s handled in {handled.TotalSeconds:F1} s; the flooder got {charts} charts and {messages.Count - charts} texts so far; working set {probe.StartWorkingSet / 1048576.0:F0} MiB before, peak {probe.PeakWorkingSet / 1048576.0:F0} MiB (target < 250); others' /help {probe.Summary()} (target p99 < 2 s)"));
        return probe.PeakWorkingSet < MemoryTarget && probe.P99() < HelpP99TargetMs;
    }

    private static async Task<bool> StrangerFloodAsync(BenchDataSet data)
    {
        await using var bot = await BotUnderLoad.StartAsync(data);
        var stranger = bot.Emulator.Driver.CreateUser("Mallory", "mallory_flood", "en");
        var probe = new LoadProbe(bot.Emulator, bot.Owners.Skip(1).ToList());
        using var stop = new CancellationTokenSource();
        var probing = probe.RunAsync(stop.Token);
        var clock = Stopwatch.StartNew();
        await FloodAsync(5000, i => bot.Emulator.Driver.SendTextAsync(stranger.Id, FormattableString.Invariant($"hello {i}")));

        await WaitAsync(bot.IsHandled);
        var handled = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await probing;
        var answers = bot.Emulator.Driver.BotMessages(stranger.Id).Count;
        Console.WriteLine(ResultMark + string.Create(CultureInfo.InvariantCulture, $"stranger flood: 5000 messages at 100/s handled in {handled.TotalSeconds:F1} s; the stranger got {answers} answer(s); others' /help {probe.Summary()}"));
        return answers == 1 && probe.P99() < HelpP99TargetMs;
    }

    private static async Task<bool> OutageAsync(BenchDataSet data, TimeSpan outage)
    {
        await using var bot = await BotUnderLoad.StartAsync(data);
        var members = bot.Owners.Skip(1).Take(10).ToList();
        var before = members.ToDictionary(m => m.Id, m => LastId(bot, m.Id));
        bot.Emulator.Faults.ServerErrors(int.MaxValue, 502, "sendMessage");
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= 40; n++)
        {
            foreach (var member in members)
            {
                await bot.Emulator.Driver.SendTextAsync(member.Id, FormattableString.Invariant($"/task Load {n}"));
            }
        }

        await WaitAsync(bot.IsHandled);
        var remaining = outage - clock.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        bot.Emulator.Faults.Clear();
        var recovery = Stopwatch.StartNew();
        await WaitAsync(bot.IsIdle);
        var inOrder = members.Count(m => Numbers(bot, m.Id, before[m.Id]).SequenceEqual(Enumerable.Range(1, 40)));
        Console.WriteLine(ResultMark + string.Create(CultureInfo.InvariantCulture, $"outage: every send failed for {outage.TotalSeconds:F0} s while 10 members sent 40 commands each; all 400 replies delivered {recovery.Elapsed.TotalSeconds:F0} s after it ended; chats with every reply once and in order: {inOrder} of 10"));
        return inOrder == members.Count;
    }

    private static async Task<bool> DiskFullDuringImportAsync(BenchDataSet data)
    {
        await using var bot = await BotUnderLoad.StartAsync(data);
        var manager = bot.Owners[0];
        var (csv, rows) = ImportFile(bot.Services.GetRequiredService<TeamConfiguration>());
        var database = bot.Services.GetRequiredService<FunnelDatabase>();
        var stopping = bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var before = LastId(bot, manager.Id);

        // The inbox write goes through; the import's commit meets a full disk.
        database.Faults.FailCommit(new IOException("No space left on device", 28), commitsToLetThrough: 1);
        await bot.Emulator.Driver.SendDocumentAsync(manager.Id, "actuals.csv", "text/csv", csv);
        await WaitAsync(() => stopping.IsCancellationRequested);
        var exitCode = bot.Services.GetRequiredService<FatalStop>().ExitCode;
        var answeredWhileFull = bot.Emulator.Driver.BotMessages(manager.Id).Count(m => m.MessageId > before);
        await bot.StopBotAsync();

        await bot.StartBotAsync();
        var reply = await bot.Emulator.Driver.WaitForMessageAsync(manager.Id, before, Bound);
        await WaitAsync(bot.IsIdle);
        var stored = bot.Services.GetRequiredService<WeeklyValueStore>();
        var values = StoredImportValues(bot.Services.GetRequiredService<TeamConfiguration>(), stored);
        Console.WriteLine(ResultMark + string.Create(CultureInfo.InvariantCulture, $"disk full during an import of {rows} values ({csv.Length / 1024} KB): answers while full {answeredWhileFull}, exit code {exitCode}; after the restart: \"{reply.Text}\", values stored {values} of {rows}, answers {bot.Emulator.Driver.BotMessages(manager.Id).Count(m => m.MessageId > before)}"));
        return answeredWhileFull == 0 && exitCode == FatalExitCodes.Storage && values == rows;
    }

    /// <summary>An actuals file of the value 7 for every entered metric and week of 2025.</summary>
    private static (byte[] Csv, int Rows) ImportFile(TeamConfiguration team)
    {
        var text = new StringBuilder("metric,week,value\n");
        var rows = 0;
        foreach (var metric in EnteredMetrics(team))
        {
            for (var week = 1; week <= 52; week++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{metric.Key},2025-W{week:D2},7\n");
                rows++;
            }
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), rows);
    }

    private static int StoredImportValues(TeamConfiguration team, WeeklyValueStore values) =>
        EnteredMetrics(team).Sum(metric => Enumerable.Range(1, 52).Count(week => values.Get(metric.Key, new Domain.Periods.IsoWeek(2025, week)) == 7m));

    private static IEnumerable<MetricDefinition> EnteredMetrics(TeamConfiguration team) =>
        team.Metrics.Where(m => !m.IsRatio && m.Kind == MetricKind.Entered);

    private static int LastId(BotUnderLoad bot, long chatId) =>
        bot.Emulator.Driver.BotMessages(chatId) is { Count: > 0 } messages ? messages[^1].MessageId : 0;

    /// <summary>The n of every "Load n" task the bot confirmed in the chat, in the order the replies came.</summary>
    private static List<int> Numbers(BotUnderLoad bot, long chatId, int after) =>
        [.. bot.Emulator.Driver.BotMessages(chatId).Where(m => m.MessageId > after)
            .Select(m => LoadNumber().Match(m.Text ?? string.Empty))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>Sends <paramref name="count"/> messages at <see cref="FloodRate"/> a second (far above what a Telegram app lets a person send).</summary>
    private static async Task FloodAsync(int count, Func<int, Task> send)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await send(i);
            var due = TimeSpan.FromSeconds((i + 1) / (double)FloodRate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException("The scenario did not settle within its bound.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static int? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Load (\d+)")]
    private static partial Regex LoadNumber();
}
