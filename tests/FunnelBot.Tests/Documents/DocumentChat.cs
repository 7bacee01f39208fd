using System.Text;
using FunnelBot.Sandbox.State;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Documents;

/// <summary>Sends files to the bot as documents and collects the documents it sends back.</summary>
public static class DocumentChat
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>CSV text (lines joined with \n) as UTF-8 bytes, with a BOM when asked.</summary>
    public static byte[] Csv(bool bom, params string[] lines) =>
        [.. (bom ? Bom : []), .. Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")];

    /// <summary>Sends a document in the user's private chat and waits for the bot's next message there.</summary>
    public static async Task<ChatMessage> SendFileAsync(
        this BotTestHost bot, SandboxUser user, string fileName, byte[] content, string mimeType = "text/csv", string? caption = null)
    {
        var before = bot.LastMessageId(user.Id);
        await bot.Driver.SendDocumentAsync(user.Id, fileName, mimeType, content, caption: caption);
        return await bot.Driver.WaitForMessageAsync(user.Id, m => m.MessageId > before && m.IsFromBot, BotTestHost.Timeout);
    }

    /// <summary>Sends a command and waits until the bot has sent <paramref name="count"/> documents after it.</summary>
    public static async Task<IReadOnlyList<ChatMessage>> ReceiveDocumentsAsync(this BotTestHost bot, SandboxUser user, string command, int count)
    {
        var before = bot.LastMessageId(user.Id);
        await bot.Driver.SendTextAsync(user.Id, command);
        List<ChatMessage> Documents() => [.. bot.Driver.BotMessages(user.Id).Where(m => m.MessageId > before && m.Attachment?.Kind == AttachmentKind.Document)];
        await Eventually.TrueAsync(() => Documents().Count >= count, BotTestHost.Timeout);
        return Documents();
    }

    /// <summary>The bytes of a document the bot sent, as the emulator stored them.</summary>
    public static byte[] ContentOf(this BotTestHost bot, ChatMessage message) =>
        bot.Driver.FindFile(message.Attachment!.FileId)!.Content.ToArray();
}
