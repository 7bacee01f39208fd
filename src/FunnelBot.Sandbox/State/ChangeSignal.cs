namespace FunnelBot.Sandbox.State;

/// <summary>
/// Wakes every waiter when something changed. Take <see cref="NextChange"/> before checking your condition, then
/// await it: a change between the check and the await is never missed.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = NewSource();

    public Task NextChange
    {
        get
        {
            lock (gate)
            {
                return next.Task;
            }
        }
    }

    public void Pulse()
    {
        TaskCompletionSource fired;
        lock (gate)
        {
            fired = next;
            next = NewSource();
        }

        fired.TrySetResult();
    }

    /// <summary>Waits until <paramref name="probe"/> returns a value or the timeout passes (then returns default).</summary>
    public async Task<T?> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutSource.Token);
        while (true)
        {
            var change = NextChange;
            var value = probe();
            if (value is not null)
            {
                return value;
            }

            try
            {
                await change.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return probe();
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
