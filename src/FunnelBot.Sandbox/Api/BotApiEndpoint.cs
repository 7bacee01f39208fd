using FunnelBot.Sandbox.Methods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FunnelBot.Sandbox.Api;

/// <summary>
/// Serves /bot&lt;token&gt;/&lt;method&gt; (GET or POST; query, form, multipart or JSON) and file downloads at
/// /file/bot&lt;token&gt;/&lt;file_path&gt;. Order per call: token, method, count, injected faults, the method itself.
/// </summary>
internal sealed class BotApiEndpoint
{
    private readonly EmulatorContext context;
    private readonly MethodRegistry methods = new();

    public BotApiEndpoint(EmulatorContext context)
    {
        this.context = context;
        new BotMethods(context).Register(methods);
        new UpdateMethods(context).Register(methods);
        new WebhookMethods(context).Register(methods);
        new MessageMethods(context).Register(methods);
        new MediaMethods(context).Register(methods);
        new CallbackMethods(context).Register(methods);
        new CommandMethods(context).Register(methods);
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        // The whole segment is taken and "bot" cut off here: a pattern like "bot{token}" would split a token that itself
        // contains "bot" (BotFather tokens can) at the wrong place.
        routes.MapMethods(
            "/{botToken}/{method}", [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, string botToken, string method) => IsBotSegment(botToken) ? HandleAsync(http, botToken[3..], method) : NotFound(http));
        routes.MapGet(
            "/file/{botToken}/{**path}",
            (HttpContext http, string botToken, string path) => IsBotSegment(botToken) ? DownloadAsync(http, botToken[3..], path) : NotFound(http));
    }

    private static bool IsBotSegment(string segment) => segment.StartsWith("bot", StringComparison.Ordinal);

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var ct = http.RequestAborted;
        if (!IsOurToken(token))
        {
            await ApiResponseWriter.WriteErrorAsync(http.Response, new BotApiError(401, "Unauthorized"), ct);
            return;
        }

        if (!methods.TryFind(method, out var name, out var handler))
        {
            await ApiResponseWriter.WriteErrorAsync(http.Response, new BotApiError(404, "Not Found: method not found"), ct);
            return;
        }

        context.Requests.Record(name);
        try
        {
            var request = await ApiRequestReader.ReadAsync(http.Request, ct);
            if (!await ApplyFaultsAsync(http, name, ChatOf(request), ct))
            {
                return;
            }

            var result = await handler(request, ct);
            await ApiResponseWriter.WriteOkAsync(http.Response, result, ct);
        }
        catch (BotApiError error)
        {
            if (error.ErrorCode == 429 && !error.IsInjected)
            {
                context.Faults.CountFloodRejection(name);
            }

            await ApiResponseWriter.WriteErrorAsync(http.Response, error, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
    }

    /// <summary>The chat a call is about, when it names one by id (faults can be aimed at one chat).</summary>
    private static long? ChatOf(ApiRequest request) =>
        long.TryParse(request.GetString("chat_id"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Delays, drops or fails the call as queued; false when the call was already answered or aborted.</summary>
    private async Task<bool> ApplyFaultsAsync(HttpContext http, string method, long? chatId, CancellationToken ct)
    {
        var fault = context.Faults.Take(method, chatId);
        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.Time, ct);
        }

        if (fault.Drop)
        {
            http.Abort();
            return false;
        }

        if (fault.StatusCode is 429)
        {
            throw BotApiError.TooManyRequestsInjected(fault.RetryAfter ?? 1);
        }

        if (fault.StatusCode is { } status)
        {
            var description = status switch
            {
                409 => "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                500 => "Internal Server Error",
                502 => "Bad Gateway",
                503 => "Service Unavailable",
                504 => "Gateway Timeout",
                _ => "Server Error",
            };
            await ApiResponseWriter.WriteErrorAsync(http.Response, new BotApiError(status, description), ct);
            return false;
        }

        return true;
    }

    private async Task DownloadAsync(HttpContext http, string token, string path)
    {
        var file = IsOurToken(token) ? context.Files.FindByPath(path) : null;
        if (file is null)
        {
            await ApiResponseWriter.WriteErrorAsync(http.Response, new BotApiError(404, "Not Found"), http.RequestAborted);
            return;
        }

        http.Response.ContentType = file.MimeType ?? "application/octet-stream";
        http.Response.ContentLength = file.Content.Length;
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }

    private bool IsOurToken(string token) => string.Equals(token, context.Options.BotToken, StringComparison.Ordinal);
}
