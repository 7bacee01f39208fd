using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// <c>/ab add &lt;test&gt; &lt;week or date&gt; &lt;A trials&gt; &lt;A conversions&gt; &lt;B trials&gt; &lt;B conversions&gt;</c>: one
/// week's numbers of a running test, by its owner or the manager. The week is an ISO week (<c>2026-W10</c>) or any day
/// of it; it may not lie before the test's start, after its end or after this week. Each number is read by the one
/// reading of a value (<see cref="MetricValueReader"/>, the trials by the trials metric's unit, the conversions by the
/// conversions metric's), and no variant may convert more than it tried. A week given again replaces the one before.
/// </summary>
public sealed class AbAddAction
{
    private readonly AbTestStore _tests;
    private readonly AbTestRenderer _renderer;
    private readonly TeamConfiguration _team;
    private readonly TeamClock _calendar;

    public AbAddAction(AbTestStore tests, AbTestRenderer renderer, TeamConfiguration team, TeamClock calendar)
    {
        _tests = tests;
        _renderer = renderer;
        _team = team;
        _calendar = calendar;
    }

    public void Handle(BotRequest request, BotResponse response, string arguments)
    {
        var culture = request.Culture;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length != 6)
        {
            response.SendHtml(request.ChatId, Usage(culture));
            return;
        }

        if (AbTestNumber.Find(words[0], _tests) is not { } test)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("ab.unknown_test", culture, words[0]));
            return;
        }

        if (ReadWeek(words[1], culture) is not { } week)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("ab.bad_week", culture, words[1], Dates.Numeric(_calendar.Today, culture)));
            return;
        }

        var refusal = Refusal(test, week, words[2..], request, out var numbers);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return;
        }

        Record(test, numbers!, request, response);
    }

    /// <summary>Stores the week's numbers in the update's transaction and answers with the test's card.</summary>
    public void Record(AbTestDocument test, AbTestWeekNumbers numbers, BotRequest request, BotResponse response, Action? after = null)
    {
        var culture = request.Culture;
        var author = new ChangeAuthor(request.RequiredMember.Key, ChangeSource.Chat);
        response.Write(() =>
        {
            var replaced = _tests.Week(test.Id, numbers.Week) is not null;
            _tests.Record(test.Id, numbers, author);
            var key = replaced ? "ab.week_replaced" : "ab.week_recorded";
            response.SendHtml(request.ChatId, BotTexts.Html(
                key, culture, PeriodNames.WeekWithYear(numbers.Week, culture), new HtmlFragment(_renderer.Card(test, culture))));
            after?.Invoke();
        });
    }

    public static string Usage(CultureInfo culture) => BotTexts.Html("ab.add_usage", culture);

    /// <summary>
    /// Why the four numbers (A tried, A converted, B tried, B converted) for <paramref name="week"/> of the test cannot be
    /// stored by this member, or null with the numbers to store.
    /// </summary>
    public string? Refusal(AbTestDocument test, IsoWeek week, IReadOnlyList<string> words, BotRequest request, out AbTestWeekNumbers? numbers)
    {
        numbers = null;
        var culture = request.Culture;
        if (!AbTestAccess.MayChange(request.RequiredMember, test))
        {
            return BotTexts.Html("ab.not_yours", culture, test.Id, _team.FindMember(test.Owner)?.DisplayName ?? test.Owner);
        }

        if (test.Status != AbTestStatus.Running)
        {
            return BotTexts.Html("ab.already_finished", culture, test.Id);
        }

        if (words.Count != 4)
        {
            return Usage(culture);
        }

        var current = IsoWeek.Containing(_calendar.Today);
        if (week > current)
        {
            return BotTexts.Html("ab.week_in_future", culture, PeriodNames.WeekWithYear(week, culture));
        }

        if (week < IsoWeek.Containing(test.StartDate) || (test.EndDate is { } end && week > IsoWeek.Containing(end)))
        {
            return BotTexts.Html("ab.week_outside_test", culture, PeriodNames.WeekWithYear(week, culture), test.Id);
        }

        var trialMetric = _team.FindMetric(test.TrialMetric);
        var conversionMetric = _team.FindMetric(test.ConversionMetric);
        if (trialMetric is null || conversionMetric is null)
        {
            return BotTexts.Html("ab.metric_gone", culture, test.Id);
        }

        var values = new long[4];
        for (var i = 0; i < 4; i++)
        {
            var metric = i % 2 == 0 ? trialMetric : conversionMetric;
            var reading = MetricValueReader.ReadValue(words[i], metric.Unit, NumberConvention.Typed(culture));
            if (reading.Refusal is { } bad)
            {
                return BotTexts.Html("ab.value_refused", culture, new HtmlFragment(ValueRefusalText.Html(bad, words[i], metric, culture)));
            }

            if (reading.Value != decimal.Truncate(reading.Value))
            {
                return BotTexts.Html("ab.value_refused", culture, new HtmlFragment(ValueRefusalText.Html(ValueRefusal.NotWhole, words[i], metric, culture)));
            }

            values[i] = (long)reading.Value;
        }

        if (values[1] > values[0] || values[3] > values[2])
        {
            var (name, trials, conversions) = values[1] > values[0] ? (test.VariantA, values[0], values[1]) : (test.VariantB, values[2], values[3]);
            return BotTexts.Html(
                "ab.more_conversions_than_trials", culture, name, AbTestFigures.Count(conversions, culture), AbTestFigures.Count(trials, culture));
        }

        numbers = new AbTestWeekNumbers(week, values[0], values[1], values[2], values[3]);
        return null;
    }

    private static IsoWeek? ReadWeek(string token, CultureInfo culture)
    {
        if (token.Contains('W', StringComparison.OrdinalIgnoreCase))
        {
            return IsoWeek.TryParse(token.ToUpperInvariant(), out var week) ? week : null;
        }

        return DueDateParser.TryReadFullDate(token, culture) is { } date ? IsoWeek.Containing(date) : null;
    }
}
