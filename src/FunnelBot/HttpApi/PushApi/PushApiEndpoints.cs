using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>
/// The push API under <c>/api/v1</c>, for the team's other tools (CRM scripts, n8n, Make): write weekly values, read a
/// week's scorecard (the JSON report) and a year's plans, with a key the manager made (<c>/apikey</c>, the CLI's
/// <c>apikey</c>). Every request is rate-limited per key; a write is all or nothing, in the value history under the
/// key's name, and repeated with the same <c>Idempotency-Key</c> changes nothing. The OpenAPI document is at
/// <see cref="OpenApiPath"/>.
/// </summary>
public sealed class PushApiEndpoints : IHttpEndpoints
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPath = Prefix + "/openapi.json";
    public const string IdempotencyHeader = "Idempotency-Key";
    private const string RatePolicy = "api-key";
    private const string Anonymous = "-";

    private ApiKeyStore _keys = null!;
    private FunnelDatabase _database = null!;
    private WeeklyValueStore _values = null!;
    private PlanStore _plans = null!;
    private IdempotentRequestStore _requests = null!;
    private ValueBatchReader _reader = null!;
    private ScorecardService _scorecards = null!;
    private WeekNotesService _notes = null!;
    private FunnelPlausibility _funnel = null!;
    private ReportingWeek _reportingWeek = null!;
    private StorageFailureStop _storageFailure = null!;
    private HttpOptions _options = null!;

    public void AddServices(IServiceCollection web, IServiceProvider bot)
    {
        _keys = bot.GetRequiredService<ApiKeyStore>();
        _database = bot.GetRequiredService<FunnelDatabase>();
        _values = bot.GetRequiredService<WeeklyValueStore>();
        _plans = bot.GetRequiredService<PlanStore>();
        _requests = bot.GetRequiredService<IdempotentRequestStore>();
        _reader = new ValueBatchReader(bot.GetRequiredService<TeamConfiguration>());
        _scorecards = bot.GetRequiredService<ScorecardService>();
        _notes = bot.GetRequiredService<WeekNotesService>();
        _funnel = bot.GetRequiredService<FunnelPlausibility>();
        _reportingWeek = bot.GetRequiredService<ReportingWeek>();
        _storageFailure = bot.GetRequiredService<StorageFailureStop>();
        _options = bot.GetRequiredService<IOptions<HttpOptions>>().Value;

        web.Configure<RateLimiterOptions>(limits =>
        {
            limits.AddPolicy(RatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiKeyAccess.Key(context, _keys)?.Id ?? Anonymous,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = _options.ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limits.OnRejected = async (rejected, cancellationToken) =>
            {
                TimeSpan? wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null;
                if (wait is { } seconds)
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(seconds.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await PushApiProblems.TooManyRequests(wait).ExecuteAsync(rejected.HttpContext);
            };
        });
        web.AddOpenApi(PushApiOpenApi.Configure);
    }

    public void Map(WebApplication app)
    {
        app.MapOpenApi(OpenApiPath);
        var api = app.MapGroup(Prefix).RequireRateLimiting(RatePolicy).WithTags("FunnelBot");
        api.MapPost("/values", (Func<HttpContext, Task<IResult>>)PostValuesAsync)
            .WithName("writeValues")
            .WithSummary("Write weekly values (one or a batch): all are stored or none.")
            .Accepts<ValueBatchRequest>("application/json")
            .Produces<ValueBatchResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/scorecard", GetScorecard)
            .WithName("readScorecard")
            .WithSummary("The scorecard of a week as the JSON report (docs/scorecard.md); the reporting week when none is given.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/plans", GetPlans)
            .WithName("readPlans")
            .WithSummary("The plans of a year (months, week overrides, ratio targets); the reporting week's year when none is given.")
            .Produces<PlansResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private async Task<IResult> PostValuesAsync(HttpContext context)
    {
        if (ApiKeyAccess.Key(context, _keys) is not { } key)
        {
            return PushApiProblems.Unauthorized(context);
        }

        if (context.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return PushApiProblems.NotJsonMedia();
        }

        var idempotencyKey = context.Request.Headers[IdempotencyHeader].ToString();
        if (idempotencyKey.Length > 100 || idempotencyKey.Any(c => c is < '!' or > '~'))
        {
            return PushApiProblems.BadIdempotencyKey();
        }

        if (await RequestBody.ReadAsync(context) is not { } body)
        {
            return PushApiProblems.TooLarge(_options.MaxRequestBodyBytes);
        }

        ValueBatch batch;
        try
        {
            using var document = JsonDocument.Parse(body);
            batch = _reader.Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return PushApiProblems.NotJson(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        }
        catch (PushApiShapeException exception)
        {
            return PushApiProblems.BadShape(exception.Message);
        }

        if (batch.Refused.Count > 0)
        {
            return PushApiProblems.Refused(batch.Refused);
        }

        var outOfScope = batch.Values.Select(value => value.Metric).Distinct(StringComparer.Ordinal).Where(metric => !key.MayWrite(metric)).ToList();
        if (outOfScope.Count > 0)
        {
            return PushApiProblems.OutOfScope(outOfScope);
        }

        var author = new ChangeAuthor(batch.Source is null ? key.Name : $"{key.Name}/{batch.Source}", ChangeSource.Api);
        var requestHash = Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(context.Request.Path.Value ?? ""), .. body]));
        try
        {
            // The writes and the answer a repeat gets are one transaction: the scorecard's cache sees one change.
            var changedAny = false;
            var result = _database.InTransaction(() =>
            {
                if (idempotencyKey.Length > 0 && _requests.Find(key.Name, idempotencyKey) is { } earlier)
                {
                    if (earlier.RequestHash != requestHash)
                    {
                        return PushApiProblems.IdempotencyKeyReused();
                    }

                    context.Response.Headers["Idempotent-Replayed"] = "true";
                    return Results.Text(earlier.Body, "application/json", Encoding.UTF8, earlier.Status);
                }

                var broken = _funnel.BrokenByRows(batch.Values)
                    .Select(o => new FunnelWarningOutput(o.Rule.Metric, o.Rule.AtMost, o.Rule.Weeks, o.From.ToString(), o.Week.ToString(), o.Value, o.AtMostValue))
                    .ToList();
                var changed = _values.SetAll(batch.Values, author);
                changedAny = changed > 0;
                var distinct = batch.Values.Select(value => WeeklyValueStore.IdOf(value.Metric, value.Week)).Distinct(StringComparer.Ordinal).Count();
                var json = JsonSerializer.Serialize(new ValueBatchResult(batch.Values.Count, changed, distinct - changed, broken), JsonSerializerOptions.Web);
                if (idempotencyKey.Length > 0)
                {
                    _requests.Record(key.Name, idempotencyKey, requestHash, StatusCodes.Status200OK, json);
                }

                return Results.Text(json, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
            });
            if (changedAny)
            {
                // Bumped again after the commit, as for a chat's writes: a scorecard cached while the batch was being
                // written (from the data before it) is not taken for the data after it.
                _database.Changes.Bump();
            }

            return result;
        }
        catch (Exception exception) when (_storageFailure.StopIfFatal(exception))
        {
            return Results.Problem("The database cannot be written; nothing was stored.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private IResult GetScorecard(HttpContext context, string? week, string? date)
    {
        if (ApiKeyAccess.Key(context, _keys) is null)
        {
            return PushApiProblems.Unauthorized(context);
        }

        if (ReadWeek(week, date) is not { } wanted)
        {
            return PushApiProblems.BadWeek(week is not null ? "week" : "date");
        }

        var report = _scorecards.Build(wanted);
        return Results.Text(ScorecardJsonWriter.ToText(report, _notes.For(wanted), indented: false, _funnel.Outcomes(wanted)), "application/json", Encoding.UTF8);
    }

    private IResult GetPlans(HttpContext context, int? year)
    {
        if (ApiKeyAccess.Key(context, _keys) is null)
        {
            return PushApiProblems.Unauthorized(context);
        }

        var wanted = year ?? _reportingWeek.Current.Year;
        if (!SupportedYears.Contains(wanted))
        {
            return PushApiProblems.BadYear();
        }

        var plans = _plans.All()
            .Where(plan => plan.Year == wanted)
            .Select(plan => new PlanOutput(plan.Metric, KindName(plan.Kind), plan.PeriodText, plan.Value, plan.Note))
            .ToList();
        return Results.Json(new PlansResult(wanted, plans), JsonSerializerOptions.Web);
    }

    private IsoWeek? ReadWeek(string? week, string? date)
    {
        if (week is null && date is null)
        {
            return _reportingWeek.Current;
        }

        if (week is not null && date is null && IsoWeek.TryParse(week, out var parsed))
        {
            return parsed;
        }

        return week is null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && SupportedYears.Contains(IsoWeek.Containing(day).Year)
            ? IsoWeek.Containing(day)
            : null;
    }

    private static string KindName(PlanKind kind) => kind switch
    {
        PlanKind.Month => "month",
        PlanKind.WeekOverride => "week",
        _ => "target",
    };
}
