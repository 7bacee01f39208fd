using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FunnelBot.Sandbox.Driver;

/// <summary>The fault switches over HTTP: POST /sandbox/api/faults queues one, DELETE clears, GET shows the counts.</summary>
internal sealed class SandboxFaultsApi(EmulatorFaults faults)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/sandbox/api/faults");
        api.MapGet("/", () => Results.Json(Counts(), BotJson.Options));
        api.MapDelete("/", () =>
        {
            faults.Clear();
            return Results.Json(Counts(), BotJson.Options);
        });
        api.MapPost("/", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<FaultRequest>(BotJson.Options, request.HttpContext.RequestAborted);
            if (body is null || body.Count <= 0)
            {
                return Results.Json(new { Error = "count must be positive" }, BotJson.Options, statusCode: StatusCodes.Status400BadRequest);
            }

            switch (body.Kind)
            {
                case "too_many_requests":
                    faults.TooManyRequests(body.Count, body.RetryAfter ?? 5, body.Method);
                    break;
                case "server_error":
                    faults.ServerErrors(body.Count, body.StatusCode ?? 500, body.Method);
                    break;
                case "latency":
                    faults.Latency(body.Count, TimeSpan.FromMilliseconds(body.DelayMs ?? 1000), body.Method);
                    break;
                case "dropped_connection":
                    faults.DropConnections(body.Count, body.Method);
                    break;
                default:
                    return Results.Json(
                        new { Error = "kind must be too_many_requests, server_error, latency or dropped_connection" },
                        BotJson.Options,
                        statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.Json(Counts(), BotJson.Options);
        });
    }

    private object Counts() => new
    {
        TooManyRequests = faults.InjectedCount(FaultKind.TooManyRequests),
        ServerError = faults.InjectedCount(FaultKind.ServerError),
        Latency = faults.InjectedCount(FaultKind.Latency),
        DroppedConnection = faults.InjectedCount(FaultKind.DroppedConnection),
        FloodRejected = faults.FloodRejectedCount(),
        FloodLimitsOn = faults.FloodLimits is not null,
    };

    private sealed record FaultRequest(string Kind, int Count, string? Method, int? RetryAfter, int? StatusCode, int? DelayMs);
}
