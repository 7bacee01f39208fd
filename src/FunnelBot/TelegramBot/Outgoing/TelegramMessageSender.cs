using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>Turns one queued message into the matching Bot API call and returns the sent message's id.</summary>
public sealed class TelegramMessageSender
{
    private readonly ITelegramBotClient _bot;
    private readonly CommandMenuPublisher _menus;
    private readonly TeamConfiguration _team;

    public TelegramMessageSender(ITelegramBotClient bot, CommandMenuPublisher menus, TeamConfiguration team)
    {
        _bot = bot;
        _menus = menus;
        _team = team;
    }

    public async Task<int?> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var chat = new ChatId(message.ChatId);
        var markup = ToMarkup(message.Keyboard);
        switch (message.Kind)
        {
            case OutgoingKind.Photo:
            {
                using var stream = new MemoryStream(message.File ?? []);
                var sent = await _bot.SendPhoto(
                    chat, InputFile.FromStream(stream, message.FileName ?? "chart.png"), caption: message.Html,
                    parseMode: ParseMode.Html, replyMarkup: markup, messageThreadId: message.ThreadId, cancellationToken: cancellationToken);
                return sent.MessageId;
            }

            case OutgoingKind.Document:
            {
                using var stream = new MemoryStream(message.File ?? []);
                var sent = await _bot.SendDocument(
                    chat, InputFile.FromStream(stream, message.FileName ?? "data.csv"), caption: message.Html,
                    parseMode: ParseMode.Html, replyMarkup: markup, messageThreadId: message.ThreadId, cancellationToken: cancellationToken);
                return sent.MessageId;
            }

            case OutgoingKind.EditText:
            {
                var sent = await _bot.EditMessageText(
                    chat, message.EditMessageId ?? 0, message.Html ?? string.Empty, ParseMode.Html,
                    replyMarkup: markup, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken);
                return sent.MessageId;
            }

            case OutgoingKind.ManagerMenu:
            {
                if (message.MemberKey is { } key && _team.FindMember(key) is { } manager)
                {
                    await _menus.PublishManagerMenuAsync(manager, cancellationToken);
                }

                return null;
            }

            case OutgoingKind.LeaveChat:
            {
                await _bot.LeaveChat(chat, cancellationToken);
                return null;
            }

            case OutgoingKind.RemoveKeyboard:
            {
                var sent = await _bot.EditMessageReplyMarkup(chat, message.EditMessageId ?? 0, replyMarkup: null, cancellationToken: cancellationToken);
                return sent.MessageId;
            }

            default:
            {
                var sent = await _bot.SendMessage(
                    chat, message.Html ?? string.Empty, ParseMode.Html, replyMarkup: markup, messageThreadId: message.ThreadId,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken);
                return sent.MessageId;
            }
        }
    }

    private static InlineKeyboardMarkup? ToMarkup(List<List<OutgoingButton>>? keyboard) =>
        keyboard is null || keyboard.Count == 0
            ? null
            : new InlineKeyboardMarkup(keyboard.Select(row => row.Select(ToButton)));

    private static InlineKeyboardButton ToButton(OutgoingButton button) =>
        button.Url is not null
            ? InlineKeyboardButton.WithUrl(button.Text, button.Url)
            : InlineKeyboardButton.WithCallbackData(button.Text, button.Data ?? "-");
}
