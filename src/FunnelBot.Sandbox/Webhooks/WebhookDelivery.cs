using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Webhooks;

/// <summary>
/// Delivers pending updates to the webhook as Telegram does: one POST per update with the secret header, up to
/// max_connections at once (one update of a chat at a time, in order), and again after a non-2xx answer, a refused
/// connection or a timeout, waiting longer after each failure. An update leaves the queue only when a 2xx came.
/// </summary>
internal sealed class WebhookDelivery : IDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxAttemptsKept = 10_000;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    private readonly EmulatorContext context;
    private readonly HttpClient http;
    private readonly Lock gate = new();
    private readonly HashSet<long> inFlight = [];
    private readonly Dictionary<long, (int Failures, DateTimeOffset Due)> failed = [];
    private readonly List<WebhookAttempt> attempts = [];
    private readonly ChangeSignal finished = new();
    private Task? loop;

    public WebhookDelivery(EmulatorContext context)
    {
        this.context = context;
        http = new HttpClient { Timeout = context.Options.WebhookTimeout };
    }

    /// <summary>Where a webhook URL is actually reached (a test's stand-in for the reverse proxy); the URL itself by default.</summary>
    public Func<Uri, Uri> Route { get; set; } = url => url;

    /// <summary>Pulsed after every attempt.</summary>
    public ChangeSignal Attempted => finished;

    public IReadOnlyList<WebhookAttempt> Attempts
    {
        get
        {
            lock (gate)
            {
                return [.. attempts];
            }
        }
    }

    public void Start() => loop = Task.Run(RunAsync);

    /// <summary>POSTs an update already delivered once more, as Telegram does when its first 200 got lost; returns the status.</summary>
    public async Task<int?> RedeliverAsync(long updateId)
    {
        var hook = context.Webhook.Current ?? throw new InvalidOperationException("No webhook is set.");
        var last = Attempts.LastOrDefault(a => a.UpdateId == updateId) ?? throw new InvalidOperationException($"Update {updateId} was never delivered.");
        var attempt = await PostAsync(hook, updateId, last.Body, Attempts.Count(a => a.UpdateId == updateId) + 1);
        return attempt.StatusCode;
    }

    public void Dispose()
    {
        loop?.Wait(TimeSpan.FromSeconds(5));
        http.Dispose();
    }

    private async Task RunAsync()
    {
        var stopping = context.Stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            var changes = Task.WhenAny(context.Updates.Changed.NextChange, context.Webhook.Changed.NextChange, finished.NextChange);
            var wait = StartDue();
            try
            {
                await Task.WhenAny(changes, Task.Delay(wait ?? Timeout.InfiniteTimeSpan, context.Time, stopping));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Starts every delivery that may start now; returns how long until a failed one is due again.</summary>
    private TimeSpan? StartDue()
    {
        if (context.Webhook.Current is not { } hook)
        {
            return null;
        }

        var now = context.Time.GetUtcNow();
        TimeSpan? wait = null;
        var chatsWaiting = new HashSet<long>();
        lock (gate)
        {
            foreach (var update in context.Updates.Peek(int.MaxValue))
            {
                if (!chatsWaiting.Add(ChatOf(update)) || inFlight.Contains(update.UpdateId))
                {
                    continue;
                }

                if (failed.TryGetValue(update.UpdateId, out var failure) && failure.Due > now)
                {
                    wait = wait is { } shorter && shorter < failure.Due - now ? shorter : failure.Due - now;
                    continue;
                }

                if (inFlight.Count >= hook.MaxConnections)
                {
                    break;
                }

                inFlight.Add(update.UpdateId);
                var attempt = failed.TryGetValue(update.UpdateId, out var before) ? before.Failures + 1 : 1;
                _ = DeliverAsync(hook, update, attempt);
            }
        }

        return wait;
    }

    private async Task DeliverAsync(WebhookRegistration hook, UpdateDto update, int attempt)
    {
        var result = await PostAsync(hook, update.UpdateId, JsonSerializer.Serialize(update, BotJson.Options), attempt);
        if (result.Delivered)
        {
            // Out of the queue before it is out of flight: otherwise a round in between would send it again.
            context.Updates.Remove(update.UpdateId);
        }

        lock (gate)
        {
            inFlight.Remove(update.UpdateId);
            if (result.Delivered)
            {
                failed.Remove(update.UpdateId);
            }
            else
            {
                failed[update.UpdateId] = (attempt, result.At + RetryDelay(attempt));
            }
        }

        if (!result.Delivered)
        {
            context.Webhook.Failed(result.At, result.Error!);
        }

        finished.Pulse();
    }

    private async Task<WebhookAttempt> PostAsync(WebhookRegistration hook, long updateId, string body, int attempt)
    {
        int? status = null;
        string? error;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Route(hook.Url))
            {
                Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            if (hook.SecretToken is { } secret)
            {
                request.Headers.Add(SecretHeader, secret);
            }

            using var response = await http.SendAsync(request, context.Stopping.Token);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"Wrong response from the webhook: {status} {response.ReasonPhrase}";
        }
        catch (TaskCanceledException) when (!context.Stopping.IsCancellationRequested)
        {
            error = "Read timeout expired";
        }
        catch (HttpRequestException ex)
        {
            error = $"Connection failed: {ex.HttpRequestError}";
        }
        catch (OperationCanceledException)
        {
            error = "The emulator stopped";
        }
        catch (Exception ex)
        {
            // Whatever went wrong (a route to nowhere, say), the delivery failed and is tried again.
            error = $"Connection failed: {ex.Message}";
        }

        var result = new WebhookAttempt(updateId, attempt, status, error, context.Time.GetUtcNow(), body, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        lock (gate)
        {
            if (attempts.Count == MaxAttemptsKept)
            {
                attempts.RemoveAt(0);
            }

            attempts.Add(result);
        }

        return result;
    }

    /// <summary>The first retry after <see cref="EmulatorOptions.WebhookRetryDelay"/>, each next one twice as late, at most a minute.</summary>
    private TimeSpan RetryDelay(int failures)
    {
        var delay = context.Options.WebhookRetryDelay * Math.Pow(2, Math.Min(failures - 1, 10));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private static long ChatOf(UpdateDto update) =>
        update.Message?.Chat.Id
        ?? update.EditedMessage?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;
}
