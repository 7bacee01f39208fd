namespace FunnelBot.Sandbox.Faults;

/// <summary>What the endpoint must do to one request, as decided by <see cref="EmulatorFaults"/>.</summary>
internal sealed record InjectedFault(TimeSpan Delay, bool Drop, int? StatusCode, int? RetryAfter)
{
    public static InjectedFault None { get; } = new(TimeSpan.Zero, false, null, null);
}
