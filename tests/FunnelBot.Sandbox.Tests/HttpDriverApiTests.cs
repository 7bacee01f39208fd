using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace FunnelBot.Sandbox.Tests;

public sealed class HttpDriverApiTests : EmulatorTestBase
{
    [Fact]
    public async Task PostText_ThenBotReplies_GetMessagesShowsTranscript()
    {
        var user = Driver.CreateUser("Anna", "anna");
        using var http = CreateHttpClient();

        using var posted = await http.PostAsJsonAsync($"/sandbox/api/chats/{user.Id}/messages", new { user_id = user.Id, text = "/status" });
        var update = Assert.Single(await Bot.GetUpdates());
        await Bot.SendMessage(user.Id, "<b>All good</b>", Telegram.Bot.Types.Enums.ParseMode.Html);
        using var transcript = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/chats/{user.Id}/messages"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("/status", update.Message!.Text);
        var messages = transcript.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.False(messages[0].GetProperty("is_from_bot").GetBoolean());
        Assert.True(messages[1].GetProperty("is_from_bot").GetBoolean());
        Assert.Equal("All good", messages[1].GetProperty("text").GetString());
        Assert.Equal("bold", messages[1].GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetMessages_AfterId_ReturnsOnlyNewer()
    {
        var user = Driver.CreateUser("Anna");
        await Bot.SendMessage(user.Id, "one");
        await Bot.SendMessage(user.Id, "two");
        using var http = CreateHttpClient();

        using var newer = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/chats/{user.Id}/messages?after_id=1"));

        Assert.Equal("two", Assert.Single(newer.RootElement.EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task WaitMessages_BotSends_LongPollAnswers()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();

        var waiting = http.GetStringAsync($"/sandbox/api/chats/{user.Id}/messages/wait?after_id=0&timeout=30");
        await Bot.SendMessage(user.Id, "ping");
        using var result = JsonDocument.Parse(await waiting.WaitAsync(Patience));

        Assert.Equal("ping", result.RootElement[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task PressButtonAndSendDocument_OverHttp_ReachTheBot()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "Pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next", "next")));
        using var http = CreateHttpClient();

        using var press = await http.PostAsJsonAsync($"/sandbox/api/chats/{user.Id}/buttons", new { message_id = sent.Id, callback_data = "next" });
        using var forged = await http.PostAsJsonAsync($"/sandbox/api/chats/{user.Id}/buttons", new { message_id = sent.Id, callback_data = "forged" });
        using var document = await http.PostAsJsonAsync(
            $"/sandbox/api/chats/{user.Id}/documents",
            new { file_name = "a.csv", mime_type = "text/csv", content_base64 = Convert.ToBase64String("x;y"u8.ToArray()) });
        var updates = await Bot.GetUpdates();

        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("next", updates[0].CallbackQuery!.Data);
        Assert.Equal("a.csv", updates[1].Message!.Document!.FileName);
    }

    [Fact]
    public async Task UsersChatsAndCurrentUser_OverHttp_Work()
    {
        using var http = CreateHttpClient();

        using var created = await http.PostAsJsonAsync("/sandbox/api/users", new { first_name = "Ben", username = "ben" });
        var ben = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        using var group = await http.PostAsJsonAsync("/sandbox/api/chats", new { title = "Sales", type = "supergroup" });
        var groupId = JsonDocument.Parse(await group.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        using var switched = await http.PutAsJsonAsync("/sandbox/api/current-user", new { user_id = ben });
        using var text = await http.PostAsJsonAsync($"/sandbox/api/chats/{groupId}/messages", new { text = "hi all" });
        using var chats = JsonDocument.Parse(await http.GetStringAsync("/sandbox/api/chats"));

        var message = Assert.Single(await Bot.GetUpdates()).Message!;
        Assert.Equal(ben, message.From!.Id);
        Assert.Equal(groupId, message.Chat.Id);
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Equal(2, chats.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task FaultsOverHttp_QueueAndCount()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();

        using var queued = await http.PostAsJsonAsync("/sandbox/api/faults", new { kind = "server_error", count = 1, method = "sendMessage", status_code = 502 });
        var error = await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => Bot.SendMessage(user.Id, "hi"));
        using var counts = JsonDocument.Parse(await http.GetStringAsync("/sandbox/api/faults"));

        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        Assert.Equal(502, error.ErrorCode);
        Assert.Equal(1, counts.RootElement.GetProperty("server_error").GetInt32());
    }

    [Fact]
    public async Task BlockOverHttp_BotGets403()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();

        using var blocked = await http.PostAsync($"/sandbox/api/users/{user.Id}/block", null);

        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.True(Driver.HasBlockedBot(user.Id));
    }
}
