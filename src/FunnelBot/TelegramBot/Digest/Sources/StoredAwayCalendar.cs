using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>The away calendar read from the absences recorded with <c>/away</c> (cancelled ones do not count).</summary>
public sealed class StoredAwayCalendar : IAwayCalendar
{
    private readonly AwayStore _absences;

    public StoredAwayCalendar(AwayStore absences)
    {
        _absences = absences;
    }

    public bool IsAway(string memberKey, IsoWeek week) => _absences.Active(memberKey).Any(a => a.Period.MakesAway(week));

    public bool IsAwayOn(string memberKey, DateOnly day) => _absences.Active(memberKey).Any(a => a.Period.Contains(day));

    public IReadOnlyDictionary<string, IReadOnlySet<IsoWeek>> AwayWeeks(IEnumerable<string> memberKeys, IReadOnlyList<IsoWeek> weeks)
    {
        var absences = _absences.Active().ToLookup(a => a.Member, StringComparer.Ordinal);
        return memberKeys.Distinct(StringComparer.Ordinal).ToDictionary(
            member => member,
            member => (IReadOnlySet<IsoWeek>)weeks.Where(week => absences[member].Any(a => a.Period.MakesAway(week))).ToHashSet(),
            StringComparer.Ordinal);
    }
}
