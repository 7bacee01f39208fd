using System.Globalization;

namespace FunnelBot.Configuration;

/// <summary>Checks the <c>Access</c> section: an invitation lifetime of at least a minute and at most a year.</summary>
internal static class AccessSectionReader
{
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(365);

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

        return new AccessSettings(lifetime, access.LeaveOtherChats);
    }
}
