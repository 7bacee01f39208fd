using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FunnelBot.Sandbox.Tests;

public sealed class MessagingTests : EmulatorTestBase
{
    private static InlineKeyboardMarkup Keyboard(params string[] data) =>
        new(data.Select(d => new[] { InlineKeyboardButton.WithCallbackData(d.ToUpperInvariant(), d) }));

    [Fact]
    public async Task SendMessage_InlineKeyboard_StoredAndReturned()
    {
        var user = Driver.CreateUser("Anna");

        var sent = await Bot.SendMessage(user.Id, "<b>Week 42</b>", ParseMode.Html, replyMarkup: Keyboard("prev", "next"));

        Assert.Equal("Week 42", sent.Text);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(sent.Entities!).Type);
        Assert.Equal(2, sent.ReplyMarkup!.InlineKeyboard.Count());
        var stored = Assert.Single(Driver.BotMessages(user.Id));
        Assert.Equal(sent.Id, stored.MessageId);
        Assert.Equal("<b>Week 42</b>", stored.RawText);
        Assert.Equal("Html", stored.ParseMode);
        Assert.True(stored.ReplyMarkup!.HasCallbackData("next"));
    }

    [Fact]
    public async Task PressButton_OnKeyboard_ArrivesAsCallbackQuery()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "Pick", replyMarkup: Keyboard("prev", "next"));

        var queryId = await Driver.PressButtonAsync(user.Id, user.Id, sent.Id, "next");
        var query = Assert.Single(await Bot.GetUpdates()).CallbackQuery!;

        Assert.Equal(queryId, query.Id);
        Assert.Equal("next", query.Data);
        Assert.Equal(user.Id, query.From.Id);
        Assert.Equal(sent.Id, query.Message!.Id);
    }

    [Fact]
    public async Task PressButton_DataNotOnKeyboard_RefusedUnlessForced()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "Pick", replyMarkup: Keyboard("next"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Driver.PressButtonAsync(user.Id, user.Id, sent.Id, "forged"));
        await Driver.PressButtonAsync(user.Id, user.Id, sent.Id, "forged", force: true);

        Assert.Equal("forged", Assert.Single(await Bot.GetUpdates()).CallbackQuery!.Data);
    }

    [Fact]
    public async Task AnswerCallbackQuery_Once_RecordedAndSecondTimeIs400()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "Pick", replyMarkup: Keyboard("next"));
        var queryId = await Driver.PressButtonAsync(user.Id, user.Id, sent.Id, "next");
        var waiting = Driver.WaitForCallbackAnswerAsync(queryId, Patience);

        await Bot.AnswerCallbackQuery(queryId, "Loading…", showAlert: true);
        var answer = await waiting;
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.AnswerCallbackQuery(queryId));

        Assert.Equal("Loading…", answer.Text);
        Assert.True(answer.ShowAlert);
        Assert.Equal(400, again.ErrorCode);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", again.Message);
    }

    [Fact]
    public async Task EditMessageText_NewText_EditedWithHistory()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "v1", replyMarkup: Keyboard("next"));

        var edited = await Bot.EditMessageText(user.Id, sent.Id, "v2", replyMarkup: Keyboard("next"));

        Assert.Equal("v2", edited.Text);
        Assert.NotNull(edited.EditDate);
        var stored = Assert.Single(Driver.BotMessages(user.Id));
        Assert.Equal(1, stored.EditCount);
        Assert.Equal(["v1"], stored.PreviousTexts);
        Assert.NotNull(stored.ReplyMarkup);
    }

    [Fact]
    public async Task EditMessageText_SameContent_Is400NotModified()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "<i>same</i>", ParseMode.Html, replyMarkup: Keyboard("next"));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Bot.EditMessageText(user.Id, sent.Id, "<i>same</i>", ParseMode.Html, replyMarkup: Keyboard("next")));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified: specified new message content and reply markup are exactly the same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMessageReplyMarkup_Changes_ThenSameIsNotModified()
    {
        var user = Driver.CreateUser("Anna");
        var sent = await Bot.SendMessage(user.Id, "Pick", replyMarkup: Keyboard("a"));

        var edited = await Bot.EditMessageReplyMarkup(user.Id, sent.Id, Keyboard("b"));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageReplyMarkup(user.Id, sent.Id, Keyboard("b")));

        Assert.Equal("b", edited.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("message is not modified", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999, "Bad Request: message to edit not found")]
    public async Task EditMessageText_UnknownMessage_Is400(int messageId, string description)
    {
        var user = Driver.CreateUser("Anna");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(user.Id, messageId, "x"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(description, error.Message);
    }

    [Fact]
    public async Task SendMessage_UnknownChat_Is400ChatNotFound()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(42, "hi"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public async Task SendMessage_CallbackDataLength_Over64BytesIs400(int bytes, bool rejected)
    {
        var user = Driver.CreateUser("Anna");
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('d', bytes)));

        var send = () => Bot.SendMessage(user.Id, "Pick", replyMarkup: keyboard);

        if (rejected)
        {
            var error = await Assert.ThrowsAsync<ApiRequestException>(send);
            Assert.Equal(400, error.ErrorCode);
            Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
        }
        else
        {
            Assert.NotNull((await send()).ReplyMarkup);
        }
    }

    [Fact]
    public async Task SendMessage_CallbackDataMultibyte_CountsUtf8Bytes()
    {
        var user = Driver.CreateUser("Anna");
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('я', 33)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "Pick", replyMarkup: keyboard));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Theory]
    [InlineData(1, 9)]
    [InlineData(13, 8)]
    public async Task SendMessage_TooManyButtons_Is400ReplyMarkupTooLong(int rows, int perRow)
    {
        var user = Driver.CreateUser("Anna");
        var keyboard = new InlineKeyboardMarkup(Enumerable.Range(0, rows)
            .Select(r => Enumerable.Range(0, perRow).Select(c => InlineKeyboardButton.WithCallbackData("b", $"{r}:{c}"))));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "Pick", replyMarkup: keyboard));

        Assert.Equal("Bad Request: reply markup is too long", error.Message);
    }

    [Fact]
    public async Task SendChatAction_Typing_ReturnsTrue()
    {
        var user = Driver.CreateUser("Anna");

        await Bot.SendChatAction(user.Id, ChatAction.Typing);

        Assert.Equal(1, Driver.RequestCount("sendChatAction"));
    }

    [Fact]
    public async Task WaitForMessage_BotSendsLater_ReturnsIt()
    {
        var user = Driver.CreateUser("Anna");
        var waiting = Driver.WaitForMessageAsync(user.Id, m => m.Text == "done", Patience);

        await Bot.SendMessage(user.Id, "working");
        await Bot.SendMessage(user.Id, "done");

        Assert.Equal(2, (await waiting).MessageId);
    }

    [Fact]
    public async Task WaitForMessage_NothingSent_ThrowsTimeout()
    {
        var user = Driver.CreateUser("Anna");

        await Assert.ThrowsAsync<TimeoutException>(() => Driver.WaitForMessageAsync(user.Id, _ => true, TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task GetChat_Group_ReturnsTitleAndType()
    {
        var group = Driver.CreateGroup("Marketing", supergroup: true);

        var chat = await Bot.GetChat(group.Id);

        Assert.Equal("Marketing", chat.Title);
        Assert.Equal(ChatType.Supergroup, chat.Type);
    }
}
