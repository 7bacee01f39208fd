using FunnelBot.Configuration;
using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.Tests.Scheduling;
using FunnelBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunnelBot.Tests.Retention;

/// <summary>
/// The retention purges on a real LiteDB file with the default retention: what is older than its setting goes; an
/// unhandled update, each job's latest run, a valid invitation and a pending bind request stay, however old; a second
/// run removes nothing more.
/// </summary>
public sealed class PurgeTests : IDisposable
{
    private readonly StoreFixture _store = new();
    private readonly TeamConfiguration _team = ScheduleTeams.WithDefaultSchedule("Europe/Moscow");
    private readonly UpdateInboxStore _inbox;
    private readonly JobRunStore _runs;
    private readonly ChatNoticeStore _notices;
    private readonly InviteStore _invites;
    private readonly BindRequestStore _requests;
    private readonly SentKeyboardStore _keyboards;
    private readonly NameChoiceStore _choices;
    private readonly SentTopicStore _topics;
    private readonly RetentionJob _work;

    public PurgeTests()
    {
        var database = _store.Database;
        _inbox = new UpdateInboxStore(database, _store.Time);
        _runs = new JobRunStore(database, _store.Time);
        _notices = new ChatNoticeStore(database);
        _invites = new InviteStore(database, _store.Time, _team);
        _requests = new BindRequestStore(database);
        _keyboards = new SentKeyboardStore(database, new SendClock(_store.Time));
        _choices = new NameChoiceStore(database, _store.Time);
        _topics = new SentTopicStore(database, new SendClock(_store.Time));
        _work = new RetentionJob(
            _team, database, _inbox, _runs, _notices, _invites, _requests, _keyboards, _choices, _topics, _store.Time,
            NullLogger<RetentionJob>.Instance);
    }

    private DateTime Now => _store.Time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void HandledUpdates_OlderThan30Days_RemovedUnhandledAndRecentKept()
    {
        _inbox.Receive([Update(1), Update(2), Update(3)], nextOffset: 4);
        _inbox.MarkDone(1);
        _inbox.MarkDone(2);
        _store.Time.Advance(TimeSpan.FromDays(31));
        _inbox.Receive([Update(4)], nextOffset: 5);
        _inbox.MarkDone(4);

        var counts = _work.Purge(Today);

        Assert.Equal(2, counts.HandledUpdates);
        Assert.Null(_inbox.Find(1));
        Assert.Null(_inbox.Find(2));
        Assert.NotNull(_inbox.Find(3)); // received 31 days ago and never handled: kept
        Assert.NotNull(_inbox.Find(4));
        Assert.Equal([3L], _inbox.Pending().Select(u => u.Id));
    }

    [Fact]
    public void JobRuns_OlderThanRetention_RemovedButEachJobsLatestSlotKept()
    {
        var old = Now.AddDays(-500);
        _runs.Record("weekly-digest|2025-W01", old);
        _runs.Record("weekly-digest|2025-W02", old.AddDays(7));
        _runs.Record("weekly-digest|2026-W10", Now.AddDays(-1));
        _runs.Record("checkin-prompt|2025-W01|anna", old);
        _runs.Record("checkin-prompt|2025-W02", old.AddDays(7)); // the latest prompt, old as it is
        _runs.Record("checkin-prompt|2025-W02|anna", old.AddDays(7));
        _runs.Record("monthly-results|2024-12", old.AddDays(-30)); // the only run of its job

        var counts = _work.Purge(Today);

        Assert.Equal(3, counts.JobRuns);
        Assert.False(_runs.HasRun("weekly-digest|2025-W01"));
        Assert.False(_runs.HasRun("weekly-digest|2025-W02"));
        Assert.False(_runs.HasRun("checkin-prompt|2025-W01|anna"));
        Assert.True(_runs.HasRun("weekly-digest|2026-W10"));
        Assert.True(_runs.HasRun("checkin-prompt|2025-W02"));
        Assert.True(_runs.HasRun("checkin-prompt|2025-W02|anna"));
        Assert.True(_runs.HasRun("monthly-results|2024-12"));
    }

    [Fact]
    public void ChatNotices_OlderThanAWeek_RemovedTodaysKept()
    {
        _notices.MarkTold(-100, Today.AddDays(-8));
        _notices.MarkTold(-200, Today.AddDays(-6));
        _notices.MarkTold(-300, Today);

        var counts = _work.Purge(Today);

        Assert.Equal(1, counts.ChatNotices);
        Assert.False(_notices.WasToldOn(-100, Today.AddDays(-8)));
        Assert.True(_notices.WasToldOn(-200, Today.AddDays(-6)));
        Assert.True(_notices.WasToldOn(-300, Today));
    }

    [Fact]
    public void Invitations_EndedLongerAgoRemoved_ValidAndRecentlyEndedKept()
    {
        _invites.Save(Invite("valid-old", created: Now.AddDays(-300), expires: Now.AddDays(5)));
        _invites.Save(Invite("used-old", created: Now.AddDays(-50), expires: Now.AddDays(-43), used: Now.AddDays(-45)));
        _invites.Save(Invite("expired-old", created: Now.AddDays(-50), expires: Now.AddDays(-43)));
        _invites.Save(Invite("revoked-recent", created: Now.AddDays(-8), expires: Now.AddDays(-1), revoked: Now.AddDays(-5)));
        _invites.Save(Invite("legacy-no-expiry", created: Now.AddDays(-100), expires: null));

        var counts = _work.Purge(Today);

        Assert.Equal(3, counts.Invitations);
        Assert.NotNull(_invites.Valid("valid-old"));
        Assert.Equal(["valid-old"], _invites.ValidFor("anna").Select(i => i.Id));
        Assert.Equal(0, _work.Purge(Today).Invitations); // the recently revoked one stays until its 30 days are over
        _store.Time.Advance(TimeSpan.FromDays(26));
        Assert.Equal(1, _work.Purge(DateOnly.FromDateTime(Now)).Invitations);
    }

    [Fact]
    public void BindRequests_DecidedLongAgoRemoved_PendingAndRecentKept()
    {
        _requests.Add(Request("approved-old", BindRequestStatus.Approved, created: Now.AddDays(-120), decided: Now.AddDays(-100)));
        _requests.Add(Request("superseded-old", BindRequestStatus.Superseded, created: Now.AddDays(-95), decided: null));
        _requests.Add(Request("rejected-recent", BindRequestStatus.Rejected, created: Now.AddDays(-12), decided: Now.AddDays(-10)));
        _requests.Add(Request("pending-old", BindRequestStatus.Pending, created: Now.AddDays(-200), decided: null));

        var counts = _work.Purge(Today);

        Assert.Equal(2, counts.BindRequests);
        Assert.Null(_requests.Find("approved-old"));
        Assert.Null(_requests.Find("superseded-old"));
        Assert.NotNull(_requests.Find("rejected-recent"));
        Assert.Equal(["pending-old"], _requests.Pending().Select(r => r.Id));
    }

    [Fact]
    public void SentKeyboards_PastTheEditWindow_RemovedRecentKept()
    {
        _keyboards.RecordSent(WithButton(10), messageId: 1);
        _store.Time.Advance(TimeSpan.FromHours(47));
        _keyboards.RecordSent(WithButton(10), messageId: 2);
        _store.Time.Advance(TimeSpan.FromHours(2));

        var counts = _work.Purge(Today);

        Assert.Equal(1, counts.SentKeyboards);
        Assert.Null(_keyboards.Of(10, 1));
        Assert.Equal(["ok:1"], _keyboards.Of(10, 2));
    }

    [Fact]
    public void NameChoices_PastTheEditWindow_RemovedRecentKept()
    {
        var old = _choices.Prepare("anna", "status", string.Empty, string.Empty, ["leads", "ad_spend"]);
        _choices.Add(old);
        _store.Time.Advance(TimeSpan.FromHours(47));
        var recent = _choices.Prepare("anna", "chart", string.Empty, string.Empty, ["leads"]);
        _choices.Add(recent);
        _store.Time.Advance(TimeSpan.FromHours(2));

        var counts = _work.Purge(Today);

        Assert.Equal(1, counts.NameChoices);
        Assert.Null(_choices.Find(old.Id));
        Assert.NotNull(_choices.Find(recent.Id));
    }

    [Fact]
    public void SentTopics_OlderThan30Days_RemovedRecentKept()
    {
        _topics.RecordSent(WithTopics(10, "task:card:1:ru", "task:overduelist:1:ru"), messageId: 1);
        _store.Time.Advance(TimeSpan.FromDays(29));
        _topics.RecordSent(WithTopics(10, "task:card:1:ru"), messageId: 2);
        _store.Time.Advance(TimeSpan.FromDays(2));

        var counts = _work.Purge(Today);

        Assert.Equal(2, counts.SentTopics);
        Assert.Equal([2], _topics.Showing("task:card:1:ru").Select(sent => sent.MessageId));
        Assert.Empty(_topics.Showing("task:overduelist:1:ru"));
    }

    [Fact]
    public void Run_Twice_SecondRemovesNothingAndTheRunIsRecorded()
    {
        _runs.Record("weekly-digest|2025-W01", Now.AddDays(-500));
        _runs.Record("weekly-digest|2026-W10", Now.AddDays(-1));
        _notices.MarkTold(-100, Today.AddDays(-30));
        var run = new DuePeriods(_team).For(RetentionJob.Declaration, _store.Time.GetUtcNow());

        var queued = _work.Run(run);
        var second = _work.Purge(Today);

        Assert.Equal(0, queued);
        Assert.Equal("retention|2026-03-09", run.Key);
        Assert.True(_runs.HasRun(run.Key));
        Assert.False(_runs.HasRun("weekly-digest|2025-W01"));
        Assert.Equal(new PurgeCounts(0, 0, 0, 0, 0, 0, 0, 0), second);
    }

    private static InboxUpdate Update(long id) => new() { Id = id, ChatId = 42, Json = "{}" };

    private static Invite Invite(string code, DateTime created, DateTime? expires, DateTime? used = null, DateTime? revoked = null) =>
        new() { Id = code, Member = "anna", CreatedAt = created, ExpiresAt = expires, UsedAt = used, RevokedAt = revoked, CreatedBy = "maria" };

    private static BindRequest Request(string id, BindRequestStatus status, DateTime created, DateTime? decided) =>
        new() { Id = id, Member = "anna", UserId = 7, ChatId = 7, CreatedAt = created, Status = status, DecidedAt = decided };

    private static OutgoingMessage WithTopics(long chatId, params string[] topics) =>
        new() { ChatId = chatId, Kind = OutgoingKind.Text, Html = "?", Topics = [.. topics] };

    private static OutgoingMessage WithButton(long chatId) =>
        new() { ChatId = chatId, Kind = OutgoingKind.Text, Html = "?", Keyboard = [[new OutgoingButton { Text = "OK", Data = "ok:1" }]] };
}
