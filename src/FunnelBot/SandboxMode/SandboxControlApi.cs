using System.Text.Json;
using FunnelBot.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using FunnelBot.Scheduling;
using Quartz;

namespace FunnelBot.SandboxMode;

/// <summary>
/// FunnelBot's own routes on the emulator, for the web page: who is who in the demo team (and the team's time zone,
/// which the page shows times in), and the scheduled jobs
/// (listed and fired through Quartz itself, whatever jobs the bot host registered; a firing answers with what the run
/// did, and the list with each job's latest outcome). Answers 503 until the bot host is built.
/// </summary>
internal sealed class SandboxControlApi
{
    private static readonly TimeSpan OutcomePatience = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private volatile Attached? _attached;

    public void Attach(IServiceProvider services, IReadOnlyList<SandboxMember> members, long channelChatId) =>
        _attached = new Attached(services, members, channelChatId);

    public void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/sandbox/api");
        api.MapGet("/team", () => _attached is { } a ? Json(TeamView(a)) : NotReady());
        api.MapGet("/jobs", async (CancellationToken ct) => _attached is { } a ? Json(await ListJobsAsync(a.Services, ct)) : NotReady());
        api.MapPost("/jobs/run", async (JobRequest request, CancellationToken ct) =>
            _attached is { } a ? await RunJobAsync(a.Services, request, ct) : NotReady());
    }

    private static object TeamView(Attached attached)
    {
        var team = attached.Services.GetRequiredService<TeamConfiguration>();
        return new
        {
            team.Team.Name,
            attached.ChannelChatId,
            TimeZone = team.Team.TimeZone.Id,
            Members = attached.Members.Select(m => new
            {
                m.Member.Key,
                UserId = m.User.Id,
                Name = m.Member.DisplayName,
                Role = m.Member.Role.ToString().ToLowerInvariant(),
                Metrics = team.Metrics.Where(x => x.Owner == m.Member.Key && !x.IsRatio).Select(x => x.Names.For(m.User.LanguageCode ?? team.Team.Locale)),
            }),
        };
    }

    private static async Task<IReadOnlyList<JobView>> ListJobsAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return [];
        }

        var scheduler = await factory.GetScheduler(ct);
        var jobs = new List<JobView>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var detail = await scheduler.GetJobDetail(key, ct);
            var next = (await scheduler.GetTriggersOfJob(key, ct)).Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            var latest = services.GetService<ScheduledRunOutcomes>()?.Latest(key.Name);
            jobs.Add(new JobView(key.Group, key.Name, detail?.Description, next, latest is null ? null : JobOutcomeText.Of(latest)));
        }

        return jobs;
    }

    private static async Task<IResult> RunJobAsync(IServiceProvider services, JobRequest request, CancellationToken ct)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return Results.NotFound();
        }

        var scheduler = await factory.GetScheduler(ct);
        var key = new JobKey(request.Name, request.Group);
        if (!await scheduler.Exists(key, ct))
        {
            return Results.NotFound();
        }

        // Wait for what the run did (Quartz runs it on its own thread), for as long as a large digest may take.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(OutcomePatience);
        var outcome = services.GetRequiredService<ScheduledRunOutcomes>().NextAsync(key.Name, patience.Token);
        await scheduler.TriggerJob(key, ct);
        try
        {
            var done = await outcome;
            return Json(new { Fired = key.ToString(), Result = done.Result.ToString(), done.Messages, Outcome = JobOutcomeText.Of(done) });
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Json(new { Fired = key.ToString(), Result = (string?)null, Messages = 0, Outcome = (string?)null });
        }
    }

    private static IResult Json(object value) => Results.Json(value, JsonOptions);

    private static IResult NotReady() => Results.StatusCode(StatusCodes.Status503ServiceUnavailable);

    private sealed record Attached(IServiceProvider Services, IReadOnlyList<SandboxMember> Members, long ChannelChatId);

    internal sealed record JobView(string Group, string Name, string? Description, DateTimeOffset? NextFireTime, string? LastOutcome);

    internal sealed record JobRequest(string Group, string Name);
}
