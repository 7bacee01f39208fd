using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The fire times ("slots") of a Quartz cron expression read in the team's time zone, computed by Quartz itself.
/// Quartz has no "time before", so the latest slot is found by walking forward from the start of a bounded window.
/// </summary>
public static class CronSlots
{
    /// <summary>The latest slot in [<paramref name="moment"/> - <paramref name="window"/>, <paramref name="moment"/>], or null.</summary>
    public static DateTimeOffset? LatestAtOrBefore(string cron, TimeZoneInfo zone, DateTimeOffset moment, TimeSpan window)
    {
        var expression = new CronExpression(cron, zone);
        DateTimeOffset? latest = null;
        var cursor = moment - window - TimeSpan.FromSeconds(1);
        while (expression.GetNextValidTimeAfter(cursor) is { } next && next <= moment)
        {
            latest = next;
            cursor = next;
        }

        return latest;
    }
}
