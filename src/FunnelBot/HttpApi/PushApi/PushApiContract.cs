using System.ComponentModel;
using System.Text.Json;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>What <c>POST /api/v1/values</c> takes: one or more weekly values, all stored or none.</summary>
public sealed record ValueBatchRequest(
    [property: Description("Who sends them within the key's name (e.g. 'crm-sync'); recorded as 'key/source'. Optional.")] string? Source,
    [property: Description("1 to 5000 weekly values.")] IReadOnlyList<WeeklyValueInput> Values);

/// <summary>One weekly value: a metric by key, the ISO week or a date inside it, the value in invariant format.</summary>
public sealed record WeeklyValueInput(
    [property: Description("The metric's key, e.g. 'leads'.")] string Metric,
    [property: Description("An ISO week such as 2026-W48; or give 'date'.")] string? Week,
    [property: Description("A date (yyyy-MM-dd) inside the week; or give 'week'.")] string? Date,
    [property: Description("The value: a JSON number or a string in invariant format ('1850000.50'), by the metric's unit.")] JsonElement Value);

/// <summary>
/// What a stored batch did: how many values it gave, how many changed what was stored, and the funnel rules the stored
/// values now break (stored all the same, unconfirmed: they show in the digest, the report and the manager's /attention).
/// </summary>
public sealed record ValueBatchResult(
    int Values,
    int Changed,
    int Unchanged,
    [property: Description("Funnel rules the values break once stored (e.g. qualified leads above leads); the values are stored all the same, unconfirmed.")]
    IReadOnlyList<FunnelWarningOutput> FunnelWarnings);

/// <summary>A funnel rule broken: <c>metric</c> summed over <c>weeks</c> weeks from <c>from</c> is above <c>atMost</c>'s sum.</summary>
public sealed record FunnelWarningOutput(
    [property: Description("The metric that should be at most the other, e.g. 'qualified_leads'.")] string Metric,
    [property: Description("The metric it should be at most, e.g. 'leads'.")] string AtMost,
    [property: Description("The rule's window in weeks.")] int Weeks,
    [property: Description("The window's first ISO week.")] string From,
    [property: Description("The window's last ISO week.")] string To,
    [property: Description("The metric's sum over the window.")] decimal? Value,
    [property: Description("The other metric's sum over the window.")] decimal? AtMostValue);

/// <summary>One value's refusal: its position in the batch, its metric and every reason, in the words of every other entry point.</summary>
public sealed record ValueRefusalOutput(int Index, string? Metric, IReadOnlyList<string> Codes, IReadOnlyList<string> Reasons);

/// <summary>The plans of a year.</summary>
public sealed record PlansResult(int Year, IReadOnlyList<PlanOutput> Plans);

/// <summary>One plan: a month's, a week's override or a ratio's yearly target.</summary>
public sealed record PlanOutput(
    string Metric,
    [property: Description("month, week or target")] string Kind,
    [property: Description("2026-03, 2026-W10 or 2026")] string Period,
    decimal Value,
    string? Note);
