using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Scheduling;

/// <summary>
/// The nightly retention job (<c>Schedule:Jobs:Retention</c>, 03:30 by default), once a day of its slot: removes bookkeeping records older than <c>Storage:Retention</c> says (handled inbox
/// updates, job runs, chat notices, ended invitations, decided bind requests, sent-keyboard records, pending name choices (as old as sent keyboards: their buttons no
/// longer change), records of which message shows which task) and records its
/// run, all in one transaction, then logs one line with the counts. Every purge keeps what is still needed (an
/// unhandled update, each job's latest run, a valid invitation, a pending request), and running it again removes nothing more.
/// </summary>
public sealed partial class RetentionJob : IScheduledJob
{
    /// <summary>Every night at 03:30 in the team's zone, before the 04:00 backup.</summary>
    public const string DefaultCron = "0 30 3 * * ?";

    public static ScheduledJobDeclaration Declaration { get; } = new("retention", "Retention", DefaultCron, DuePeriod.DayOfTheSlot);

    private readonly RetentionSettings _retention;
    private readonly FunnelDatabase _database;
    private readonly UpdateInboxStore _inbox;
    private readonly JobRunStore _runs;
    private readonly ChatNoticeStore _notices;
    private readonly InviteStore _invites;
    private readonly BindRequestStore _requests;
    private readonly SentKeyboardStore _keyboards;
    private readonly NameChoiceStore _choices;
    private readonly SentTopicStore _topics;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionJob> _logger;

    public RetentionJob(
        TeamConfiguration team, FunnelDatabase database, UpdateInboxStore inbox, JobRunStore runs, ChatNoticeStore notices,
        InviteStore invites, BindRequestStore requests, SentKeyboardStore keyboards, NameChoiceStore choices, SentTopicStore topics,
        TimeProvider time, ILogger<RetentionJob> logger)
    {
        _choices = choices;
        _topics = topics;
        _retention = team.Retention;
        _database = database;
        _inbox = inbox;
        _runs = runs;
        _notices = notices;
        _invites = invites;
        _requests = requests;
        _keyboards = keyboards;
        _time = time;
        _logger = logger;
    }

    public int Run(ScheduledRun run)
    {
        var counts = _database.InTransaction(() =>
        {
            var purged = Purge(run.Day);
            _runs.Record(run.Key, run.Slot);
            return purged;
        });
        LogPurged(
            run.Key, counts.HandledUpdates, counts.JobRuns, counts.ChatNotices, counts.Invitations, counts.BindRequests, counts.SentKeyboards,
            counts.NameChoices, counts.SentTopics);
        return 0;
    }

    /// <summary>Runs every purge; <paramref name="today"/> is the team's day (chat notices are kept by team day).</summary>
    public PurgeCounts Purge(DateOnly today)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var noticesFrom = DateOnly.FromDateTime(today.ToDateTime(TimeOnly.MinValue) - _retention.ChatNotices);
        return new PurgeCounts(
            _inbox.PurgeHandled(_retention.HandledUpdates),
            _runs.PurgeOlderThan(_retention.JobRuns),
            _notices.PurgeBefore(noticesFrom),
            _invites.PurgeEndedOlderThan(_retention.Invitations),
            _requests.PurgeDecidedBefore(now - _retention.BindRequests),
            _keyboards.PurgeOlderThan(_retention.SentKeyboards),
            _choices.PurgeOlderThan(_retention.SentKeyboards),
            _topics.PurgeOlderThan(_retention.SentTopics));
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Retention {Key}: removed {HandledUpdates} handled update(s), {JobRuns} job run(s), {ChatNotices} chat notice(s), "
            + "{Invitations} invitation(s), {BindRequests} bind request(s), {SentKeyboards} sent keyboard(s), "
            + "{NameChoices} name choice(s), {SentTopics} sent topic(s)")]
    private partial void LogPurged(
        string key, int handledUpdates, int jobRuns, int chatNotices, int invitations, int bindRequests, int sentKeyboards, int nameChoices, int sentTopics);
}
