using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FunnelBot.Sandbox;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>The emulator routes the web page relies on, over HTTP without a browser.</summary>
public sealed class SandboxPageApiTests : IAsyncLifetime
{
    private BotApiEmulator _emulator = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        _bot = new TelegramBotClient(new TelegramBotClientOptions(_emulator.Options.BotToken, _emulator.BaseUrl.ToString()));
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/style.css", "text/css")]
    public async Task StaticFiles_Served_WithTypeAndNoCache(string path, string mediaType)
    {
        using var http = Http();
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("script-src 'self'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_HasALabelledAttachFileControl_AndTheScriptPostsToTheDocumentsRoute()
    {
        using var http = Http();

        var page = await http.GetStringAsync("/");
        var script = await http.GetStringAsync("/app.js");

        Assert.Contains("<button type=\"button\" id=\"attach-button\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"file-input\"", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"file-input\" name=\"file\" type=\"file\"", page, StringComparison.Ordinal);
        Assert.Contains("`/chats/${state.userId}/documents`", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentsRoute_AsAGivenUser_ReachesTheBotDownloadable()
    {
        using var http = Http();
        var anna = _emulator.Driver.CreateUser("Anna");
        var ben = _emulator.Driver.CreateUser("Ben");
        using var switched = await http.PutAsJsonAsync("/sandbox/api/current-user", new { user_id = ben.Id });
        var csv = "metric;week;value\nleads;2026-W47;12\n"u8.ToArray();

        using var posted = await http.PostAsJsonAsync(
            $"/sandbox/api/chats/{anna.Id}/documents",
            new { user_id = anna.Id, file_name = "actuals.csv", mime_type = "text/csv", content_base64 = Convert.ToBase64String(csv) });
        var message = Assert.Single(await _bot.GetUpdates()).Message!;
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile((await _bot.GetFile(message.Document!.FileId)).FilePath!, downloaded);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (switched.StatusCode, posted.StatusCode));
        Assert.Equal((anna.Id, anna.Id, "actuals.csv"), (message.From!.Id, message.Chat.Id, message.Document.FileName));
        Assert.Equal(csv, downloaded.ToArray());
    }

    [Fact]
    public async Task Transcript_WaitingWithCurrentVersion_WakesOnEdit()
    {
        using var http = Http();
        var user = _emulator.Driver.CreateUser("Anna");
        var sent = await _bot.SendMessage(user.Id, "before");
        using var current = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/chats/{user.Id}/transcript"));
        var version = current.RootElement.GetProperty("version").GetInt32();

        var waiting = http.GetStringAsync($"/sandbox/api/chats/{user.Id}/transcript?version={version}&timeout=30");
        await _bot.EditMessageText(user.Id, sent.MessageId, "after");
        using var changed = JsonDocument.Parse(await waiting.WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.True(changed.RootElement.GetProperty("version").GetInt32() > version);
        var message = Assert.Single(changed.RootElement.GetProperty("messages").EnumerateArray());
        Assert.Equal("after", message.GetProperty("text").GetString());
        Assert.Equal(1, message.GetProperty("edit_count").GetInt32());
    }

    [Fact]
    public async Task Transcript_NothingChanges_AnswersSameVersionAfterTimeout()
    {
        using var http = Http();
        var user = _emulator.Driver.CreateUser("Anna");

        using var result = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/chats/{user.Id}/transcript?version=0&timeout=1"));

        Assert.Equal(0, result.RootElement.GetProperty("version").GetInt32());
        Assert.Empty(result.RootElement.GetProperty("messages").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/api/chats/42/transcript")).StatusCode);
    }

    [Fact]
    public async Task Commands_ShownToUser_FollowLanguageAndScope()
    {
        using var http = Http();
        var anna = _emulator.Driver.CreateUser("Anna", languageCode: "ru");
        await _bot.SetMyCommands([new BotCommand { Command = "status", Description = "Status" }]);
        await _bot.SetMyCommands([new BotCommand { Command = "status", Description = "Показатели" }], languageCode: "ru");

        using var commands = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/users/{anna.Id}/commands"));

        var command = Assert.Single(commands.RootElement.EnumerateArray());
        Assert.Equal("Показатели", command.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/api/users/42/commands")).StatusCode);
    }

    [Fact]
    public async Task CallbackWait_BotAnswers_ReturnsTheAnswer()
    {
        using var http = Http();
        var user = _emulator.Driver.CreateUser("Anna");
        var sent = await _bot.SendMessage(user.Id, "press", replyMarkup: new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("Go", "go")));
        var queryId = await _emulator.Driver.PressButtonAsync(user.Id, user.Id, sent.MessageId, "go");

        var waiting = http.GetStringAsync($"/sandbox/api/callbacks/{queryId}/wait?timeout=20");
        await _bot.AnswerCallbackQuery(queryId, "Saved");
        using var answer = JsonDocument.Parse(await waiting.WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal("Saved", answer.RootElement.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/api/callbacks/unknown/wait?timeout=0")).StatusCode);
    }

    private HttpClient Http() => new() { BaseAddress = _emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
}
