using System.Collections.Concurrent;
using FunnelBot.Sandbox.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FunnelBot.Sandbox.Tests;

/// <summary>Records what Telegram.Bot really puts on the wire for uploads (through the Configure hook).</summary>
public sealed class MultipartWireTests : EmulatorTestBase
{
    private readonly ConcurrentQueue<string> contentTypes = new();

    protected override EmulatorOptions Options => new()
    {
        BotToken = Token,
        Configure = app => app.Use(async (http, next) =>
        {
            if (http.Request.Path.Value?.EndsWith("/sendDocument", StringComparison.Ordinal) == true)
            {
                contentTypes.Enqueue(http.Request.ContentType ?? string.Empty);
                http.Request.EnableBuffering();
                using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
                contentTypes.Enqueue(await reader.ReadToEndAsync());
                http.Request.Body.Position = 0;
            }

            await next(http);
        }),
    };

    [Fact]
    public async Task SendDocument_TelegramBotClient_SendsQuotedBoundaryAndAttachReference()
    {
        var user = Driver.CreateUser("Anna");
        using var stream = new MemoryStream("hello"u8.ToArray());

        await Bot.SendDocument(user.Id, InputFile.FromStream(stream, "hello.txt"), caption: "c");

        Assert.True(contentTypes.TryDequeue(out var contentType));
        Assert.True(contentTypes.TryDequeue(out var body));
        Assert.StartsWith("multipart/form-data; boundary=\"", contentType, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: form-data; name=chat_id\r\n", body, StringComparison.Ordinal);
        Assert.Contains("name=document\r\n\r\nattach://0\r\n", body, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: form-data; name=\"0\"; filename=\"hello.txt\"", body, StringComparison.Ordinal);
        var stored = Driver.BotMessages(user.Id).Single().Attachment!;
        Assert.Equal("hello"u8.ToArray(), stored.Content.ToArray());
        Assert.Equal("text/plain", stored.MimeType);
    }
}
