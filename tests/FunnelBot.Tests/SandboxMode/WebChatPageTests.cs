using FunnelBot.Sandbox;
using Microsoft.Playwright;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>
/// The web chat page against the bare emulator (no FunnelBot: the page falls back to the emulator's users and its
/// channel), with a Telegram.Bot client playing the bot: safe HTML, buttons, the command menu, a file sent as a document,
/// edits, photos, documents.
/// </summary>
public sealed class WebChatPageTests
{
    private const float Patience = BrowserPage.Patience;

    // A 1x1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [SkippableFact]
    public async Task Page_BotMessages_RenderedSafely_ButtonsMenuEditsAndFilesWork()
    {
        BrowserPage.SkipUnlessChromiumIsThere();
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        var user = emulator.Driver.CreateUser("Tester", "tester", "en");
        var channel = emulator.Driver.CreateChannel("News");
        var bot = new TelegramBotClient(new TelegramBotClientOptions(emulator.Options.BotToken, emulator.BaseUrl.ToString()));
        await bot.SetMyCommands([new BotCommand { Command = "hello", Description = "Say hello" }]);
        var first = await bot.SendMessage(
            user.Id,
            "<b>Bold</b> &lt;img src=x onerror=alert(1)&gt; <a href=\"https://example.org/\">link</a>",
            ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Press me", "pressed")));

        await using var browser = await BrowserPage.OpenAsync(new Uri(emulator.BaseUrl, $"/#user={user.Id}"));
        var page = browser.Page;
        var chat = page.Locator("#chat-log");
        var message = chat.Locator($"[data-message-id='{first.MessageId}']");

        await Assertions.Expect(message.Locator("b")).ToHaveTextAsync("Bold", new() { Timeout = Patience });
        await Assertions.Expect(message).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await message.Locator("img").CountAsync());
        await Assertions.Expect(message.Locator("a")).ToHaveAttributeAsync("href", "https://example.org/");
        await Assertions.Expect(page.Locator("#jobs-panel")).ToBeHiddenAsync();

        // A button press reaches the bot as a callback query; its answer shows as a notice.
        await message.GetByRole(AriaRole.Button, new() { Name = "Press me" }).ClickAsync();
        var callback = await ReceiveAsync(bot, u => u.CallbackQuery);
        Assert.Equal("pressed", callback.Data);
        await bot.AnswerCallbackQuery(callback.Id, "Done!");
        await Assertions.Expect(page.Locator("#toast")).ToHaveTextAsync("Done!", new() { Timeout = Patience });

        // The menu lists setMyCommands; choosing one sends it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "/hello Say hello" }).ClickAsync();
        Assert.Equal("/hello", (await ReceiveAsync(bot, u => u.Message)).Text);

        // A chosen file goes to the bot as a document from the selected user.
        var csv = "metric,period,value\nleads,2026-12,60\n"u8.ToArray();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Attach file" })).ToBeEnabledAsync();
        await page.GetByLabel("File to send as a document").SetInputFilesAsync(new FilePayload { Name = "plans.csv", MimeType = "text/csv", Buffer = csv });
        var uploaded = await ReceiveAsync(bot, u => u.Message?.Document is null ? null : u.Message);
        Assert.Equal(("plans.csv", user.Id), (uploaded.Document!.FileName, uploaded.From!.Id));
        using (var downloaded = new MemoryStream())
        {
            await bot.DownloadFile((await bot.GetFile(uploaded.Document.FileId)).FilePath!, downloaded);
            Assert.Equal(csv, downloaded.ToArray());
        }

        // An edit replaces the message where it is.
        await bot.EditMessageText(user.Id, first.MessageId, "Edited text");
        await Assertions.Expect(message).ToContainTextAsync("Edited text", new() { Timeout = Patience });
        await Assertions.Expect(message).ToContainTextAsync("edited");
        Assert.Equal(first.MessageId, int.Parse(await chat.Locator(".message.from-bot").First.GetAttributeAsync("data-message-id") ?? "0", System.Globalization.CultureInfo.InvariantCulture));

        // Photos show as images, documents as download links, in the channel.
        await bot.SendPhoto(channel.Id, InputFile.FromStream(new MemoryStream(Png), "chart.png"), caption: "<i>Chart</i>", parseMode: ParseMode.Html);
        await bot.SendDocument(channel.Id, InputFile.FromStream(new MemoryStream("a,b\n1,2\n"u8.ToArray()), "data.csv"));
        var channelLog = page.Locator("#channel-log");
        await Assertions.Expect(channelLog.Locator(".photo img")).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(channelLog.Locator(".message i")).ToHaveTextAsync("Chart");
        Assert.True(await channelLog.Locator(".photo img").EvaluateAsync<int>("image => image.naturalWidth") > 0, "the image loads");
        await Assertions.Expect(channelLog.Locator("a.document")).ToHaveAttributeAsync("download", "data.csv", new() { Timeout = Patience });

        // Without FunnelBot the page's look-ups of the team and the jobs get 404, and the browser logs those.
        Assert.All(browser.Errors, error => Assert.Matches(@"404.*/sandbox/api/(team|jobs)\b", error));
    }

    private static async Task<T> ReceiveAsync<T>(TelegramBotClient bot, Func<Update, T?> pick)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var offset = 0;
        while (true)
        {
            foreach (var update in await bot.GetUpdates(offset, timeout: 5, cancellationToken: timeout.Token))
            {
                offset = update.Id + 1;
                if (pick(update) is { } found)
                {
                    await bot.GetUpdates(offset, timeout: 0, cancellationToken: timeout.Token);
                    return found;
                }
            }
        }
    }
}
