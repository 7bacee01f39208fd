using System.Globalization;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>A closed countermeasure task to follow, as the task's closing records it.</summary>
public sealed record NewFollowUp(
    int Task, string Title, string Owner, string Metric, IsoWeek CauseWeek, IReadOnlyList<string> Causes, string? OtherText,
    DateOnly ClosedOn, string ClosedBy, IReadOnlyList<IsoWeek> Weeks);

/// <summary>The follow-ups of closed countermeasures: started when a task closes, decided once its weeks have passed.</summary>
public sealed class CountermeasureFollowUpStore
{
    public const string CollectionName = "countermeasure_followups";
    private readonly ILiteCollection<CountermeasureFollowUpDocument> _followUps;
    private readonly TimeProvider _time;

    public CountermeasureFollowUpStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _followUps = database.Collection<CountermeasureFollowUpDocument>(CollectionName);
    }

    /// <summary>Starts following a task; a task already followed keeps its record (a close is recorded once).</summary>
    public CountermeasureFollowUpDocument Start(NewFollowUp followUp)
    {
        if (_followUps.FindById(followUp.Task) is { } existing)
        {
            return existing;
        }

        var document = new CountermeasureFollowUpDocument
        {
            Id = followUp.Task,
            Title = followUp.Title,
            Owner = followUp.Owner,
            Metric = followUp.Metric,
            CauseWeek = followUp.CauseWeek.ToString(),
            Causes = [.. followUp.Causes],
            OtherText = followUp.OtherText,
            ClosedOn = followUp.ClosedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ClosedBy = followUp.ClosedBy,
            FirstWeek = followUp.Weeks[0].ToString(),
            LastWeek = followUp.Weeks[^1].ToString(),
            FollowWeeks = followUp.Weeks.Count,
        };
        _followUps.Insert(document);
        return document;
    }

    public CountermeasureFollowUpDocument? Find(int task) => _followUps.FindById(task);

    /// <summary>Every follow-up, by task number.</summary>
    public IReadOnlyList<CountermeasureFollowUpDocument> All() => [.. _followUps.FindAll().OrderBy(f => f.Id)];

    /// <summary>The follow-ups not decided yet whose last week is <paramref name="week"/> or earlier, by task number.</summary>
    public IReadOnlyList<CountermeasureFollowUpDocument> DueBy(IsoWeek week) =>
        [.. _followUps.FindAll().Where(f => f.Outcome is null && IsoWeek.Parse(f.LastWeek) <= week).OrderBy(f => f.Id)];

    /// <summary>Records the outcome of a follow-up.</summary>
    public void Decide(int task, CountermeasureVerdict verdict)
    {
        var document = _followUps.FindById(task) ?? throw new InvalidOperationException($"Task {task} is not followed.");
        document.Outcome = verdict.Result;
        document.AttainmentBefore = verdict.AttainmentBefore;
        document.AttainmentAfter = verdict.AttainmentAfter;
        document.WeeksJudged = verdict.WeeksJudged;
        document.WeeksOnPlan = verdict.WeeksOnPlan;
        document.DecidedAt = _time.GetUtcNow().UtcDateTime;
        _followUps.Update(document);
    }
}
