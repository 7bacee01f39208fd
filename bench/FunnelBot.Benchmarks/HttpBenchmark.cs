using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FunnelBot.Domain.Periods;
using FunnelBot.HttpApi;
using FunnelBot.Hosting;
using FunnelBot.Sandbox;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Benchmarks;

/// <summary>
/// <c>-- http</c>: the bot's HTTP host on the large data set. (a) Batches of 1 000 values through the push API
/// (<c>POST /api/v1/values</c>), each value a new one, timed from request to answer, with how far each batch moved the
/// data version the scorecard's cache is keyed on. (b) The same burst of 1 000 updates (50 members, 20 each, /status
/// and /help in turn, all sent at once) handled in polling mode and in webhook mode, where the emulator delivers as
/// Telegram does (up to 40 connections, one update of a chat at a time): the bot's own update durations per command
/// (p50/p99), the wall time until every update was handled, and in webhook mode how long the bot took to answer a
/// delivery (stored in the inbox, then 200).
/// </summary>
public static class HttpBenchmark
{
    private const int BatchSize = 1_000;
    private const int Batches = 10;
    private const int PerMember = 20;
    private const int Sequential = 200;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Uri WebhookUrl = new("https://bot.example.test/telegram/webhook");

    public static async Task<int> RunAsync(BenchDataSet data)
    {
        var folder = Directory.CreateTempSubdirectory("funnelbot-bench-http-").FullName;
        var database = Path.Combine(folder, "funnelbot.db");
        try
        {
            File.Copy(data.DatabasePath, database);
            await PushBatchesAsync(data, database);
            File.Copy(data.DatabasePath, database, overwrite: true);
            await BurstAsync(data, database, webhook: false);
            File.Copy(data.DatabasePath, database, overwrite: true);
            await BurstAsync(data, database, webhook: true);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PushBatchesAsync(BenchDataSet data, string database)
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        using var host = await StartBotAsync(data, database, emulator, webhook: false);
        var key = host.Services.GetRequiredService<ApiKeyStore>().Create("bench", [], "bench")!.Secret;
        var version = host.Services.GetRequiredService<FunnelDatabase>().Changes;
        using var http = new HttpClient { BaseAddress = host.Services.GetRequiredService<HttpApiHost>().Addresses[0], Timeout = Timeout };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var times = new List<double>();
        var moves = new List<long>();
        var changed = new List<int>();
        for (var batch = 0; batch <= Batches; batch++)
        {
            using var content = new StringContent(BatchJson(batch), Encoding.UTF8, "application/json");
            var before = version.Current;
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(new Uri("/api/v1/values", UriKind.Relative), content);
            var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                Console.WriteLine($"batch {batch} answered {(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
                return;
            }

            if (batch > 0)
            {
                // The first batch warms up (JIT, first LiteDB pages) and is left out.
                times.Add(took);
                moves.Add(version.Current - before);
                changed.Add(JsonDocument.Parse(body).RootElement.GetProperty("changed").GetInt32());
            }
        }

        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"push API, {Batches} batches of {BatchSize} new values (after a warm-up batch): p50={sorted[sorted.Count / 2]:F0} ms max={sorted[^1]:F0} ms mean={sorted.Average():F0} ms; data version moved {string.Join(",", moves.Distinct())} per batch; {changed.Min()}-{changed.Max()} of each batch's values changed a stored one"));
        var scorecard = Stopwatch.GetTimestamp();
        using var report = await http.GetAsync(new Uri("/api/v1/scorecard?week=2026-W48", UriKind.Relative));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GET /api/v1/scorecard after the last batch (uncached): {(int)report.StatusCode} in {Stopwatch.GetElapsedTime(scorecard).TotalMilliseconds:F0} ms"));
        await host.StopAsync();
    }

    /// <summary>1 000 new values: the 190 entered metrics over the weeks 2026-W39..W44, a value of its own per batch (in every unit's range).</summary>
    private static string BatchJson(int batch)
    {
        var values = Enumerable.Range(0, BatchSize).Select(i => new
        {
            metric = FormattableString.Invariant($"m{i % BenchDataSet.EnteredMetrics:D3}"),
            week = new IsoWeek(2026, 39 + (i / BenchDataSet.EnteredMetrics)).ToString(),
            value = (10 + batch + (i % 7)).ToString(CultureInfo.InvariantCulture),
        });
        return JsonSerializer.Serialize(new { source = "bench", values });
    }

    private static async Task BurstAsync(BenchDataSet data, string database, bool webhook)
    {
        var durations = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        using var listener = UpdateDurations.Listen(durations);
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        IHost? running = null;
        emulator.Driver.RouteWebhooks(url => running?.Services.GetRequiredService<HttpApiHost>().Addresses is [var address, ..]
            ? new Uri(address, url.AbsolutePath)
            : new Uri("http://127.0.0.1:9" + url.AbsolutePath));
        using var host = await StartBotAsync(data, database, emulator, webhook);
        running = host;
        var users = BotBenchmark.Bind(emulator, host.Services);
        var inbox = host.Services.GetRequiredService<UpdateInboxStore>();

        // Warm-up: one /status and one /help from every member, one at a time.
        foreach (var user in users)
        {
            foreach (var command in new[] { "/status", "/help" })
            {
                var sent = await emulator.Driver.SendTextAsync(user.Id, command);
                await emulator.Driver.WaitForMessageAsync(user.Id, sent.MessageId, Timeout);
            }
        }

        await Until(() => Count(durations, "command:status") >= users.Count && Count(durations, "command:help") >= users.Count);
        await Until(() => emulator.Driver.PendingUpdates.Count == 0 && inbox.Pending().Count == 0);
        durations.Clear();

        // One at a time, as the bot benchmark measures: 200 /status (cached), then 200 /help, each sent once the one
        // before was handled (its duration recorded; its reply may still wait for the chat's pacing in the outbox).
        var mode = webhook ? "webhook" : "polling";
        foreach (var (command, kind) in new[] { ("/status", "command:status"), ("/help", "command:help") })
        {
            for (var i = 0; i < Sequential; i++)
            {
                await emulator.Driver.SendTextAsync(users[i % users.Count].Id, command);
                var done = i + 1;
                await Until(() => Count(durations, kind) >= done);
            }
        }

        await Until(() => Count(durations, "command:status") >= Sequential && Count(durations, "command:help") >= Sequential);
        UpdateDurations.Print($"{mode}, one at a time: /status (cached)", durations.GetValueOrDefault("command:status"));
        UpdateDurations.Print($"{mode}, one at a time: /help", durations.GetValueOrDefault("command:help"));
        await Until(() => emulator.Driver.PendingUpdates.Count == 0 && inbox.Pending().Count == 0);
        durations.Clear();
        var lastWarmUp = emulator.Driver.WebhookAttempts.Select(a => a.UpdateId).DefaultIfEmpty(0).Max();

        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < PerMember; round++)
        {
            foreach (var user in users)
            {
                await emulator.Driver.SendTextAsync(user.Id, round % 2 == 0 ? "/status" : "/help");
            }
        }

        var total = PerMember * users.Count;
        await Until(() => Count(durations, "command:status") + Count(durations, "command:help") >= total);
        var handled = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await Until(() => emulator.Driver.PendingUpdates.Count == 0 && inbox.Pending().Count == 0);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode}, burst: {total} updates sent at once by {users.Count} members, all handled after {handled:F1} s = {total / handled:F0} updates/s"));
        UpdateDurations.Print($"{mode}, burst: /status (cached)", durations.GetValueOrDefault("command:status"));
        UpdateDurations.Print($"{mode}, burst: /help", durations.GetValueOrDefault("command:help"));
        if (webhook)
        {
            var attempts = emulator.Driver.WebhookAttempts.Where(a => a.UpdateId > lastWarmUp).ToList();
            UpdateDurations.Print(
                $"webhook, burst: delivery answered (POST to 200: read, stored in the inbox) of {attempts.Count} attempts, {attempts.Count(a => !a.Delivered)} failed",
                new ConcurrentBag<double>(attempts.Select(a => a.Took.TotalMilliseconds)));
        }

        await host.StopAsync();
        running = null;
    }

    private static async Task<IHost> StartBotAsync(BenchDataSet data, string database, BotApiEmulator emulator, bool webhook)
    {
        var environment = new Hashtable
        {
            ["FUNNELBOT_Telegram__Token"] = emulator.Options.BotToken,
            ["FUNNELBOT_Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString(),
            ["FUNNELBOT_Http__Urls"] = "http://127.0.0.1:0",
            ["FUNNELBOT_Http__ApiRequestsPerMinute"] = "100000",
            ["FUNNELBOT_Http__MaxRequestBodyBytes"] = "4194304",
        };
        if (webhook)
        {
            environment["FUNNELBOT_Telegram__Webhook__Url"] = WebhookUrl.ToString();
            environment["FUNNELBOT_Telegram__Webhook__SecretToken"] = "bench-secret_0123456789";
        }

        var builder = BotHostBuilder.Create(new ConfigurationSources(data.ConfigPath, database, environment), new FixedClock(BenchDataSet.ReportWeek.Next));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        if (webhook)
        {
            await emulator.Driver.WaitForWebhookAsync(Timeout);
        }
        else
        {
            await emulator.Driver.WaitForPollingAsync(Timeout);
        }

        return host;
    }

    private static int Count(ConcurrentDictionary<string, ConcurrentBag<double>> durations, string kind) => durations.GetValueOrDefault(kind)?.Count ?? 0;

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"not done within {Timeout}");
            }

            await Task.Delay(10);
        }
    }

    private sealed class FixedClock(IsoWeek week) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(week.Monday.AddDays(4).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
