using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace FunnelBot.Sandbox.Driver;

/// <summary>
/// Driver routes the web chat page needs beyond the basic ones: a transcript long poll that also wakes on edits,
/// the command menu a user sees, and a wait for a button's callback answer.
/// </summary>
internal sealed class SandboxPageApi(EmulatorDriver driver, EmulatorContext context)
{
    private const int DefaultWaitSeconds = 25;

    public void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/sandbox/api");
        api.MapGet("/chats/{chatId:long}/transcript", TranscriptAsync);
        api.MapGet("/users/{userId:long}/commands", (long userId, [FromQuery(Name = "chat_id")] long? chatId) =>
            driver.FindUser(userId) is null || driver.FindChat(chatId ?? userId) is null
                ? Results.NotFound()
                : Json(driver.CommandsShownTo(userId, chatId)));
        api.MapGet("/callbacks/{queryId}/wait", CallbackAnswerAsync);
    }

    /// <summary>
    /// The whole transcript with its version (messages plus edits). With <c>version</c>, waits until the transcript
    /// differs from that version or <c>timeout</c> seconds pass, then answers with the current state.
    /// </summary>
    private async Task<IResult> TranscriptAsync(long chatId, int? version, int? timeout, CancellationToken ct)
    {
        if (driver.FindChat(chatId) is null)
        {
            return Results.NotFound();
        }

        if (version is { } known)
        {
            var seconds = Math.Clamp(timeout ?? DefaultWaitSeconds, 0, 50);
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct, context.Stopping.Token);
            try
            {
                await context.Chats.Changed.WaitForAsync(
                    () => VersionOf(driver.Messages(chatId)) != known ? (object)true : null,
                    TimeSpan.FromSeconds(seconds),
                    TimeProvider.System,
                    stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }

        var messages = driver.Messages(chatId);
        return Json(new TranscriptView(VersionOf(messages), [.. messages.Select(MessageView.From)]));
    }

    private async Task<IResult> CallbackAnswerAsync(string queryId, int? timeout, CancellationToken ct)
    {
        var seconds = Math.Clamp(timeout ?? 5, 0, 50);
        try
        {
            return Json(await driver.WaitForCallbackAnswerAsync(queryId, TimeSpan.FromSeconds(seconds), ct));
        }
        catch (TimeoutException)
        {
            return Results.NotFound();
        }
    }

    /// <summary>Grows with every new message and every edit (messages are never deleted).</summary>
    private static int VersionOf(IReadOnlyList<ChatMessage> messages) => messages.Count + messages.Sum(m => m.EditCount);

    private static IResult Json(object value) => Results.Json(value, BotJson.Options);
}

internal sealed record TranscriptView(int Version, IReadOnlyList<MessageView> Messages);
