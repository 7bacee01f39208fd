using FunnelBot.Domain.Deviations;

namespace FunnelBot.Storage;

/// <summary>
/// The follow-up of a closed countermeasure task (collection <c>countermeasure_followups</c>, id = the task's number):
/// the metric and the causes of the week it answered (copied when the task closed), the weeks followed and, once they
/// have passed, the outcome with the figures it was decided on. Dates are <c>yyyy-MM-dd</c> in the team's zone, weeks
/// ISO codes (<c>2026-W48</c>). Attainments are fractions (1.05 = 105 %).
/// </summary>
public sealed class CountermeasureFollowUpDocument
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public string Metric { get; set; } = string.Empty;

    /// <summary>The week whose deviation the task answers (where "before" is read).</summary>
    public string CauseWeek { get; set; } = string.Empty;

    public List<string> Causes { get; set; } = [];

    public string? OtherText { get; set; }

    public string ClosedOn { get; set; } = string.Empty;

    public string ClosedBy { get; set; } = string.Empty;

    public string FirstWeek { get; set; } = string.Empty;

    public string LastWeek { get; set; } = string.Empty;

    public int FollowWeeks { get; set; }

    /// <summary>Null while the weeks are still being followed.</summary>
    public CountermeasureResult? Outcome { get; set; }

    public decimal? AttainmentBefore { get; set; }

    public decimal? AttainmentAfter { get; set; }

    public int WeeksJudged { get; set; }

    public int WeeksOnPlan { get; set; }

    public DateTime? DecidedAt { get; set; }
}
