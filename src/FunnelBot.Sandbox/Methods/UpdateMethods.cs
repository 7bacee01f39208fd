using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Json;

namespace FunnelBot.Sandbox.Methods;

/// <summary>getUpdates: confirmation by offset, long polling woken by new updates, one poller at a time.</summary>
internal sealed class UpdateMethods(EmulatorContext context)
{
    private const int MaxTimeoutSeconds = 50;
    private const int MaxLimit = 100;
    private readonly PollCoordinator polls = context.Polls;

    public void Register(MethodRegistry registry) => registry.Add("getUpdates", GetUpdatesAsync);

    private async Task<object> GetUpdatesAsync(ApiRequest request, CancellationToken ct)
    {
        if (context.Webhook.Current is not null)
        {
            throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        using var lease = polls.Begin();
        context.Updates.Confirm(request.GetLong("offset") ?? 0);
        context.Updates.SetAllowedUpdates(request.GetJson<List<string>>("allowed_updates"));
        var limit = request.GetInt("limit") is { } l and >= 1 and <= MaxLimit ? l : MaxLimit;
        var timeout = TimeSpan.FromSeconds(Math.Clamp(request.GetInt("timeout") ?? 0, 0, MaxTimeoutSeconds));

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Terminated, context.Stopping.Token);
        try
        {
            var batch = await context.Updates.Changed.WaitForAsync(
                () => context.Updates.Peek(limit) is { Count: > 0 } found ? found : null, timeout, context.Time, linked.Token);
            return batch ?? (IReadOnlyList<UpdateDto>)[];
        }
        catch (OperationCanceledException) when (lease.WasTerminated)
        {
            throw new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        }
        catch (OperationCanceledException) when (context.Stopping.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return Array.Empty<UpdateDto>();
        }
    }
}
