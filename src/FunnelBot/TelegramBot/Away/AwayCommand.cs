using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Away;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Away;

/// <summary>
/// <c>/away &lt;from&gt; [&lt;to&gt;] [note]</c> records an absence of the caller; the manager may also write
/// <c>/away @member …</c> (the member is told privately). Dates in the caller's locale or ISO weeks (see
/// <see cref="AwayRequestParser"/>). An absence that shares a day with an active one of the same member is refused (not
/// merged), so each absence stays one thing to cancel. <c>/away</c> alone lists active absences (own; the manager sees
/// everyone's) with a cancel button each.
/// </summary>
public sealed class AwayCommand : IBotCommand
{
    private readonly AwayStore _absences;
    private readonly MemberDirectory _members;
    private readonly MentionedMember _mentioned;
    private readonly MemberCultures _cultures;
    private readonly AwayRenderer _renderer;
    private readonly AwayPlanOffer _offer;
    private readonly TeamClock _calendar;

    public AwayCommand(
        AwayStore absences, MemberDirectory members, MemberCultures cultures, AwayRenderer renderer, AwayPlanOffer offer, TeamClock calendar,
        MentionedMember mentioned)
    {
        _mentioned = mentioned;
        _absences = absences;
        _members = members;
        _cultures = cultures;
        _renderer = renderer;
        _offer = offer;
        _calendar = calendar;
    }

    public string Name => "away";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (request.Arguments.Trim().Length == 0)
        {
            var visible = _absences.NotOver(request.IsManager ? null : request.RequiredMember.Key, _calendar.Today);
            var (html, keyboard) = _renderer.List(visible, _calendar.Today, request.Culture);
            response.SendHtml(request.ChatId, html, keyboard);
            return Task.CompletedTask;
        }

        var parsed = AwayRequestParser.Parse(request.Arguments, request.Culture, _calendar.Today);
        if (!_mentioned.Resolve(parsed.Mention, request, response, Name, "away.others_manager_only", m => m.Role != MemberRole.Observer, out var member))
        {
            return Task.CompletedTask;
        }

        var refusal = Refusal(parsed, member, request);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return Task.CompletedTask;
        }

        Record(new NewAbsence(member.Key, parsed.Period!.Value, parsed.Note, request.RequiredMember.Key), request, response);
        return Task.CompletedTask;
    }

    /// <summary>Stores the absence and queues the replies inside the update's transaction, where its number is given.</summary>
    private void Record(NewAbsence absence, BotRequest request, BotResponse response)
    {
        var culture = request.Culture;
        var memberChat = absence.Member == absence.CreatedBy ? null : _members.PrivateChatOf(absence.Member);
        response.Write(() =>
        {
            if (_absences.Overlapping(absence.Member, absence.Period) is { } existing)
            {
                response.SendHtml(request.ChatId, BotTexts.Html(
                    "away.overlap", culture, _renderer.MemberName(absence.Member), new HtmlFragment(_renderer.Line(existing, culture))));
                return;
            }

            var created = _absences.Create(absence);
            response.SendHtml(request.ChatId, Recorded("away.recorded", created, culture, null));
            if (memberChat is { } chat && _members.Members.FirstOrDefault(m => m.Key == absence.Member) is { } member)
            {
                var memberCulture = _cultures.For(member);
                response.SendHtml(chat, Recorded("away.recorded_for_you", created, memberCulture, request.RequiredMember.DisplayName), memberKey: member.Key);
            }

            _offer.Queue(created, request, response);
        });
    }

    private string Recorded(string key, AwayDocument absence, CultureInfo culture, string? by)
    {
        var line = new HtmlFragment(_renderer.Line(absence, culture));
        var effect = new HtmlFragment(_renderer.Effect(absence, culture));
        return by is null ? BotTexts.Html(key, culture, line, effect) : BotTexts.Html(key, culture, by, line, effect);
    }

    private string? Refusal(AwayRequest parsed, TeamMember member, BotRequest request)
    {
        var culture = request.Culture;
        if (parsed.Mention is not null && member.Role == MemberRole.Observer)
        {
            return BotTexts.Html("away.observer_has_nothing", culture, member.DisplayName);
        }

        return parsed.Error switch
        {
            null => null,
            AwayRequestError.NotADate => BotTexts.Html("away.bad_date", culture, parsed.BadToken, Example(culture), NextWeek()),
            AwayRequestError.OutsideSupportedYears => OutsideYearsText.Html(parsed.BadToken ?? string.Empty, culture),
            AwayRequestError.EndBeforeStart => BotTexts.Html("away.end_before_start", culture),
            AwayRequestError.TooLong => BotTexts.Html("away.too_long", culture, AwayRequestParser.MaxDays),
            AwayRequestError.TooFarAway => BotTexts.Html("away.too_far", culture, AwayRequestParser.MaxDaysFromToday),
            AwayRequestError.NoteTooLong => BotTexts.Html("away.note_too_long", culture, AwayRequestParser.MaxNoteLength),
            _ => BotTexts.Html("away.usage", culture, Example(culture), Dates.Numeric(FollowingWeek().Sunday, culture), NextWeek()),
        };
    }

    private string Example(CultureInfo culture) => Dates.Numeric(FollowingWeek().Monday, culture);

    private string NextWeek() => FollowingWeek().ToString();

    private IsoWeek FollowingWeek() => IsoWeek.Containing(_calendar.Today).Next;
}
