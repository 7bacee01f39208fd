using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.TelegramBot.Worked;

namespace FunnelBot.Scheduling;

/// <summary>
/// Records whether countermeasures worked (<c>Schedule:Jobs:CountermeasureOutcomes</c>, by default Mondays 11:30, after
/// the weekly digest): once a week, about the week just ended, every follow-up whose last followed week is that week or
/// earlier is decided from the figures as they stand (<see cref="CountermeasureFollowUps.Judge"/>). The task's owner
/// gets the outcome in private, the team channel one message with every outcome of the run; the outcomes, the messages
/// and the run's key are one transaction.
/// </summary>
public sealed class CountermeasureOutcomeJob : IScheduledJob
{
    public const string DefaultCron = "0 30 11 ? * MON";

    public static ScheduledJobDeclaration Declaration { get; } =
        new("countermeasure-outcomes", "CountermeasureOutcomes", DefaultCron, DuePeriod.WeekBeforeTheSlot);

    private readonly TeamConfiguration _team;
    private readonly CountermeasureFollowUpStore _store;
    private readonly CountermeasureFollowUps _followUps;
    private readonly WorkedRenderer _renderer;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly ResponseWriter _writer;
    private readonly JobRunStore _runs;

    public CountermeasureOutcomeJob(
        TeamConfiguration team, CountermeasureFollowUpStore store, CountermeasureFollowUps followUps, WorkedRenderer renderer,
        MemberDirectory members, MemberCultures cultures, ResponseWriter writer, JobRunStore runs)
    {
        _team = team;
        _store = store;
        _followUps = followUps;
        _renderer = renderer;
        _members = members;
        _cultures = cultures;
        _writer = writer;
        _runs = runs;
    }

    public int Run(ScheduledRun run)
    {
        var response = new BotResponse();
        var decided = new List<CountermeasureFollowUpDocument>();
        foreach (var followUp in _store.DueBy(run.Week))
        {
            var verdict = _followUps.Judge(followUp);
            response.Write(() => _store.Decide(followUp.Id, verdict));
            var shown = Decided(followUp, verdict);
            decided.Add(shown);
            if (_team.FindMember(followUp.Owner) is { } owner && _members.PrivateChatOf(owner.Key) is { } chat)
            {
                var culture = _cultures.For(owner);
                var weeks = PeriodNames.Days(IsoWeek.Parse(followUp.FirstWeek).Monday, IsoWeek.Parse(followUp.LastWeek).Sunday, culture);
                response.SendHtml(chat, BotTexts.Html(
                    "worked.announce", culture, followUp.Id, followUp.Title, _renderer.MetricName(followUp.Metric, culture), weeks,
                    new HtmlFragment(WorkedRenderer.Outcome(shown, culture))));
            }
        }

        if (decided.Count > 0 && _team.Team.HasChannel)
        {
            var culture = _cultures.Team;
            var lines = decided.Select(f => BotTexts.Html(
                "worked.countermeasure", culture, f.Id, f.Title, _renderer.MetricName(f.Metric, culture), new HtmlFragment(WorkedRenderer.Outcome(f, culture))));
            response.SendHtml(
                _team.Team.ChannelChatId, BotTexts.Html("worked.channel_header", culture) + "\n" + string.Join("\n", lines), threadId: _team.Team.ChannelThreadId);
        }

        _writer.Apply(response, () => _runs.Record(run.Key, run.Slot));
        return response.Messages.Count;
    }

    /// <summary>The follow-up as it reads once decided (for the messages, before the write has run).</summary>
    private static CountermeasureFollowUpDocument Decided(CountermeasureFollowUpDocument followUp, Domain.Deviations.CountermeasureVerdict verdict)
    {
        followUp.Outcome = verdict.Result;
        followUp.AttainmentBefore = verdict.AttainmentBefore;
        followUp.AttainmentAfter = verdict.AttainmentAfter;
        followUp.WeeksJudged = verdict.WeeksJudged;
        followUp.WeeksOnPlan = verdict.WeeksOnPlan;
        return followUp;
    }
}
