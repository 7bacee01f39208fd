using FunnelBot.Domain.Periods;

namespace FunnelBot.Reporting.Digest.Sources;

/// <summary>
/// Seam for issue 7 (away weeks): whether a member is away (vacation, sick leave) for a week. Away members get no
/// prompt or reminder, and the digest lists them as away instead of missing. Until issue 7 lands nobody is away.
/// </summary>
public interface IAwayCalendar
{
    bool IsAway(string memberKey, IsoWeek week);
}

/// <summary>The default until away weeks exist: nobody is ever away.</summary>
public sealed class NobodyAway : IAwayCalendar
{
    public bool IsAway(string memberKey, IsoWeek week) => false;
}
