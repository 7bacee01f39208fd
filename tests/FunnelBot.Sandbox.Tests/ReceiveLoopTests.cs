using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace FunnelBot.Sandbox.Tests;

/// <summary>Telegram.Bot's own receive loop (long polling with offsets) against the emulator, end to end.</summary>
public sealed class ReceiveLoopTests : EmulatorTestBase
{
    [Fact]
    public async Task StartReceiving_CommandAndButton_BotRepliesAnswersAndEdits()
    {
        var user = Driver.CreateUser("Anna");
        using var stop = new CancellationTokenSource();
        Bot.StartReceiving(HandleAsync, (_, _, _, _) => Task.CompletedTask, new ReceiverOptions { AllowedUpdates = [] }, stop.Token);

        await Driver.SendTextAsync(user.Id, "/status");
        var reply = await Driver.WaitForMessageAsync(user.Id, m => m.Text == "Status: ok", Patience);
        var queryId = await Driver.PressButtonAsync(user.Id, user.Id, reply.MessageId, "refresh");
        var answer = await Driver.WaitForCallbackAnswerAsync(queryId, Patience);
        var edited = await Driver.WaitForMessageAsync(user.Id, m => m.EditCount == 1, Patience);
        await stop.CancelAsync();

        Assert.Equal("Refreshing", answer.Text);
        Assert.Equal("Status: still ok", edited.Text);
        Assert.Single(Driver.BotMessages(user.Id));
        await Driver.WaitForPollingEndedAsync(Patience);
        Assert.True(Driver.LastConfirmedOffset >= 2);
    }

    private static async Task HandleAsync(ITelegramBotClient bot, Update update, CancellationToken ct)
    {
        if (update.Message is { Text: "/status" } message)
        {
            var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Refresh", "refresh"));
            await bot.SendMessage(message.Chat.Id, "Status: ok", replyMarkup: keyboard, cancellationToken: ct);
        }
        else if (update.CallbackQuery is { Data: "refresh", Message: { } pressed } query)
        {
            await bot.AnswerCallbackQuery(query.Id, "Refreshing", cancellationToken: ct);
            await bot.EditMessageText(pressed.Chat.Id, pressed.Id, "Status: still ok", cancellationToken: ct);
        }
    }
}
