using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// The A/B question of the owner's weekly check-in: once the check-in is finished, each running test the member owns
/// that covers the week and has no numbers for it is asked about in turn (one question at a time, with a Skip button).
/// The member answers with four numbers in a line (<see cref="AbTestCheckInAnswer"/>).
/// </summary>
public sealed class AbTestCheckInQuestion
{
    private readonly AbTestStore _tests;

    public AbTestCheckInQuestion(AbTestStore tests)
    {
        _tests = tests;
    }

    /// <summary>Asks about the first test after <paramref name="after"/> still missing the week's numbers; says nothing when none is.</summary>
    public void Ask(string member, IsoWeek week, long chatId, CultureInfo culture, BotResponse response, int after = 0)
    {
        var next = _tests.Running().FirstOrDefault(test => test.Id > after && test.Owner == member && Covers(test, week) && _tests.Week(test.Id, week) is null);
        if (next is null)
        {
            _tests.ClearAsked(member);
            return;
        }

        _tests.Ask(member, next.Id, week);
        response.SendHtml(chatId, Question(next, week, culture), [[Skip(next.Id, culture)]], memberKey: member);
    }

    public static string Question(AbTestDocument test, IsoWeek week, CultureInfo culture) =>
        BotTexts.Html("ab.checkin_question", culture, test.Id, test.Name, PeriodNames.WeekWithYear(week, culture), test.VariantA, test.VariantB);

    public static OutgoingButton Skip(int test, CultureInfo culture) =>
        new() { Text = BotTexts.Template("ab.checkin_skip", culture), Data = AbTestButtons.SkipData(test) };

    private static bool Covers(AbTestDocument test, IsoWeek week) =>
        week >= IsoWeek.Containing(test.StartDate) && (test.EndDate is not { } end || week <= IsoWeek.Containing(end));
}
