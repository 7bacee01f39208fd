using System.Globalization;

namespace FunnelBot.Configuration;

/// <summary>
/// Checks the <c>Access</c> section: an invitation lifetime of at least a minute and at most a year; 5 to 1000 pending
/// replies per chat; 1 to 100 costly commands per window of 10 seconds to a day.
/// </summary>
internal static class AccessSectionReader
{
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(365);
    private static readonly TimeSpan ShortestWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    public static AccessSettings Read(AccessOptions access, ConfigurationProblems problems)
    {
        if (!TimeSpan.TryParse(access.InvitationLifetime, CultureInfo.InvariantCulture, out var lifetime)
            || lifetime < ShortestLifetime || lifetime > LongestLifetime)
        {
            problems.Add(
                "Access.InvitationLifetime",
                $"'{access.InvitationLifetime}' is not a time span from 00:01:00 to 365.00:00:00 such as 7.00:00:00");
            lifetime = AccessSettings.Default.InvitationLifetime;
        }

        var defaults = AccessSettings.Default;
        if (access.PendingRepliesPerChat is < 5 or > 1000)
        {
            problems.Add("Access.PendingRepliesPerChat", $"{access.PendingRepliesPerChat} is not a whole number from 5 to 1000");
        }

        if (access.CostlyCommandsPerWindow is < 1 or > 100)
        {
            problems.Add("Access.CostlyCommandsPerWindow", $"{access.CostlyCommandsPerWindow} is not a whole number from 1 to 100");
        }

        if (!TimeSpan.TryParse(access.CostlyCommandsWindow, CultureInfo.InvariantCulture, out var window)
            || window < ShortestWindow || window > LongestWindow)
        {
            problems.Add(
                "Access.CostlyCommandsWindow",
                $"'{access.CostlyCommandsWindow}' is not a time span from 00:00:10 to 1.00:00:00 such as 00:10:00");
            window = defaults.CostlyCommandsWindow;
        }

        return new AccessSettings(lifetime, access.LeaveOtherChats)
        {
            PendingRepliesPerChat = access.PendingRepliesPerChat,
            CostlyCommandsPerWindow = access.CostlyCommandsPerWindow,
            CostlyCommandsWindow = window,
        };
    }
}
