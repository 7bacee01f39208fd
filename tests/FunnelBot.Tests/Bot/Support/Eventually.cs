namespace FunnelBot.Tests.Bot.Support;

/// <summary>Waits for a condition on stored state, checking it again after short pauses, up to a timeout.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline || !await timer.WaitForNextTickAsync())
            {
                throw new TimeoutException($"The condition did not become true within {timeout}.");
            }
        }
    }
}
