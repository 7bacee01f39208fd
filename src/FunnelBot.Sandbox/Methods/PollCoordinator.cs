namespace FunnelBot.Sandbox.Methods;

/// <summary>
/// Allows one getUpdates at a time: a new poll terminates the running one, which then answers 409 Conflict.
/// </summary>
internal sealed class PollCoordinator
{
    private readonly Lock gate = new();
    private Lease? current;

    /// <summary>Pulsed when a poll starts or ends.</summary>
    public State.ChangeSignal Changed { get; } = new();

    public bool IsPolling
    {
        get
        {
            lock (gate)
            {
                return current is not null;
            }
        }
    }

    public Lease Begin()
    {
        Lease lease;
        Lease? previous;
        lock (gate)
        {
            previous = current;
            lease = new Lease(this);
            current = lease;
        }

        previous?.Terminate();
        Changed.Pulse();
        return lease;
    }

    private void End(Lease lease)
    {
        lock (gate)
        {
            if (current == lease)
            {
                current = null;
            }
        }

        Changed.Pulse();
    }

    /// <summary>One running poll; <see cref="Terminated"/> fires when another poll takes over.</summary>
    internal sealed class Lease(PollCoordinator owner) : IDisposable
    {
        private readonly CancellationTokenSource terminated = new();

        public CancellationToken Terminated => terminated.Token;

        public bool WasTerminated => terminated.IsCancellationRequested;

        public void Dispose()
        {
            owner.End(this);
            terminated.Dispose();
        }

        internal void Terminate()
        {
            try
            {
                terminated.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The poll already ended.
            }
        }
    }
}
