using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// <c>/digest [2026-W47|month]</c>: the manager previews, in private, the weekly digest of the week just ended (or of
/// the given week), or the monthly results of the month just ended, exactly as the channel would get it. Nothing is
/// posted to the channel and no scheduled run is recorded.
/// </summary>
public sealed class DigestCommand : IBotCommand
{
    private readonly ReportingWeek _reportingWeek;
    private readonly DigestMessages _digests;
    private readonly TimeProvider _time;
    private readonly Configuration.TeamConfiguration _team;

    public DigestCommand(ReportingWeek reportingWeek, DigestMessages digests, TimeProvider time, Configuration.TeamConfiguration team)
    {
        _reportingWeek = reportingWeek;
        _digests = digests;
        _time = time;
        _team = team;
    }

    public string Name => "digest";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public bool IsCostly(BotRequest request) => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var argument = request.Arguments.Trim();
        var today = LocalDay.Of(_time.GetUtcNow(), _team.Team.TimeZone);
        DigestKind kind;
        IsoWeek week;
        if (argument.Length == 0)
        {
            (kind, week) = (DigestKind.Weekly, _reportingWeek.Current.Previous);
        }
        else if (IsoWeek.TryParse(argument, out var asked))
        {
            (kind, week) = (DigestKind.Weekly, asked);
        }
        else if (string.Equals(argument, "month", StringComparison.OrdinalIgnoreCase) || string.Equals(argument, "месяц", StringComparison.OrdinalIgnoreCase))
        {
            (kind, week) = (DigestKind.Monthly, YearMonth.Containing(today).AddMonths(-1).Weeks[^1]);
        }
        else
        {
            response.SendHtml(
                request.ChatId,
                TelegramBot.Rendering.OutsideYearsText.For(argument, request.Culture)
                    ?? BotTexts.Html("digest.bad_argument", request.Culture, _reportingWeek.Current.Previous.ToString()));
            return Task.CompletedTask;
        }

        response.SendHtml(request.ChatId, BotTexts.Html("digest.preview_note", request.Culture));
        _digests.AddTo(response, kind, week, today, request.Culture, request.ChatId, threadId: null);
        return Task.CompletedTask;
    }
}
