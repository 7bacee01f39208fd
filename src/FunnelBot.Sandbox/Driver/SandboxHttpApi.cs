using System.Text.Json;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace FunnelBot.Sandbox.Driver;

/// <summary>
/// The driver over HTTP, as snake_case JSON under /sandbox/api (for a browser page or another process).
/// Requests that name no user_id act as the current user (see /sandbox/api/current-user).
/// </summary>
internal sealed class SandboxHttpApi(EmulatorDriver driver, EmulatorContext context)
{
    private readonly Lock gate = new();
    private long? currentUserId;

    public void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/sandbox/api");
        api.MapGet("/bot", () => Json(context.Mapper.Bot));
        api.MapGet("/users", () => Json(driver.Users));
        api.MapPost("/users", (HttpRequest r) => Handle<NewUserRequest>(r, b => driver.CreateUser(b.FirstName, b.Username, b.LanguageCode ?? "en")));
        api.MapPost("/users/{userId:long}/block", async (long userId) => await Run(async () => { await driver.BlockBotAsync(userId); return (object)true; }));
        api.MapPost("/users/{userId:long}/unblock", async (long userId) => await Run(async () => { await driver.UnblockBotAsync(userId); return (object)true; }));
        api.MapGet("/current-user", () => Json(new { UserId = CurrentUser(null) }));
        api.MapPut("/current-user", (HttpRequest r) => Handle<CurrentUserRequest>(r, b => SwitchUser(b.UserId)));
        api.MapGet("/chats", () => Json(driver.Chats.Select(ChatView.From)));
        api.MapPost("/chats", (HttpRequest r) => Handle<NewChatRequest>(r, b => ChatView.From(CreateChat(b))));
        api.MapGet("/chats/{chatId:long}/messages", (long chatId, [FromQuery(Name = "after_id")] int? afterId) => Json(MessagesAfter(chatId, afterId ?? 0)));
        api.MapGet("/chats/{chatId:long}/messages/wait", WaitAsync);
        api.MapPost("/chats/{chatId:long}/messages", (long chatId, HttpRequest r) => HandleAsync<SendTextRequest>(r, async b =>
            MessageView.From(await driver.SendTextAsync(CurrentUser(b.UserId), b.Text, chatId, b.MessageThreadId))));
        api.MapPost("/chats/{chatId:long}/documents", (long chatId, HttpRequest r) => HandleAsync<SendDocumentRequest>(r, async b =>
            MessageView.From(await driver.SendDocumentAsync(
                CurrentUser(b.UserId), b.FileName, b.MimeType ?? "application/octet-stream", Convert.FromBase64String(b.ContentBase64), chatId, b.Caption))));
        api.MapPost("/chats/{chatId:long}/buttons", (long chatId, HttpRequest r) => HandleAsync<PressButtonRequest>(r, async b =>
            new { CallbackQueryId = await driver.PressButtonAsync(CurrentUser(b.UserId), chatId, b.MessageId, b.CallbackData, b.Force) }));
        api.MapGet("/callbacks/{queryId}", (string queryId) =>
            driver.CallbackAnswerFor(queryId) is { } answer ? Json(answer) : Results.NotFound());
        api.MapGet("/files/{fileId}", (string fileId) => driver.FindFile(fileId) is { } file
            ? Results.File(file.Content.ToArray(), file.MimeType ?? "application/octet-stream", file.FileName)
            : Results.NotFound());
    }

    /// <summary>Long poll: answers as soon as the bot sent a message with an id above after_id (or with [] after timeout seconds).</summary>
    private async Task<IResult> WaitAsync(long chatId, [FromQuery(Name = "after_id")] int? afterId, int? timeout, CancellationToken ct)
    {
        var seconds = Math.Clamp(timeout ?? 25, 0, 50);
        try
        {
            await driver.WaitForMessageAsync(chatId, afterId ?? 0, TimeSpan.FromSeconds(seconds), ct);
        }
        catch (TimeoutException)
        {
            return Json(Array.Empty<MessageView>());
        }

        return Json(MessagesAfter(chatId, afterId ?? 0));
    }

    private List<MessageView> MessagesAfter(long chatId, int afterId) =>
        driver.Messages(chatId).Where(m => m.MessageId > afterId).Select(MessageView.From).ToList();

    private SandboxChat CreateChat(NewChatRequest body) => body.Type switch
    {
        "group" => driver.CreateGroup(body.Title, supergroup: false, body.Username),
        "supergroup" => driver.CreateGroup(body.Title, supergroup: true, body.Username),
        "channel" => driver.CreateChannel(body.Title, body.Username),
        _ => throw new ArgumentException("type must be group, supergroup or channel"),
    };

    private object SwitchUser(long userId)
    {
        if (driver.FindUser(userId) is null)
        {
            throw new ArgumentException($"No user {userId}.");
        }

        lock (gate)
        {
            currentUserId = userId;
        }

        return new { UserId = userId };
    }

    private long CurrentUser(long? requested)
    {
        lock (gate)
        {
            return requested ?? currentUserId ?? (driver.Users is [var first, ..] ? first.Id : (long?)null)
                ?? throw new ArgumentException("No user yet: create one first.");
        }
    }

    private static Task<IResult> Handle<T>(HttpRequest request, Func<T, object> action) =>
        HandleAsync<T>(request, body => Task.FromResult(action(body)));

    private static async Task<IResult> HandleAsync<T>(HttpRequest request, Func<T, Task<object>> action)
    {
        return await Run(async () =>
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, BotJson.Options, request.HttpContext.RequestAborted)
                ?? throw new ArgumentException("A JSON body is required.");
            return await action(body);
        });
    }

    private static async Task<IResult> Run(Func<Task<object>> action)
    {
        try
        {
            return Json(await action());
        }
        catch (Exception e) when (e is ArgumentException or JsonException or FormatException)
        {
            return Results.Json(new { Error = e.Message }, BotJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException e)
        {
            return Results.Json(new { Error = e.Message }, BotJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static IResult Json(object value) => Results.Json(value, BotJson.Options);
}
