using FunnelBot.Domain.Periods;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>
/// Whether a member is away (vacation, sick leave). A week is away when one absence covers all its working days,
/// Monday to Friday: away members get no prompt or reminder for it, and the digest lists them as away instead of
/// missing. A single day is away when an absence contains it: no private reminders (prompts, overdue tasks) that day.
/// </summary>
public interface IAwayCalendar
{
    bool IsAway(string memberKey, IsoWeek week);

    bool IsAwayOn(string memberKey, DateOnly day);

    /// <summary>For each of <paramref name="memberKeys"/>, the weeks of <paramref name="weeks"/> the member is away: one read for a whole digest.</summary>
    IReadOnlyDictionary<string, IReadOnlySet<IsoWeek>> AwayWeeks(IEnumerable<string> memberKeys, IReadOnlyList<IsoWeek> weeks) =>
        memberKeys.Distinct(StringComparer.Ordinal).ToDictionary(
            member => member, member => (IReadOnlySet<IsoWeek>)weeks.Where(week => IsAway(member, week)).ToHashSet(), StringComparer.Ordinal);
}
