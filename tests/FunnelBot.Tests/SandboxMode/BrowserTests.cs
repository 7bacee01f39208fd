using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>
/// The sandbox in a real browser: Debian's Chromium driven by Playwright, headless and kept off the network. Skipped
/// (with the reason shown) only when Chromium is missing outside CI; in CI (<c>CI=true</c>) a missing browser fails.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const float Patience = BrowserPage.Patience;
    private readonly ITestOutputHelper _output;
    private SandboxFixture? _sandbox;
    private BrowserPage? _browser;

    public BrowserTests(ITestOutputHelper output) => _output = output;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Sandbox_CheckInDigestAndStatus_WorkInTheBrowser()
    {
        BrowserPage.SkipUnlessChromiumIsThere();
        _sandbox = await SandboxFixture.StartAsync();
        _browser = await BrowserPage.OpenAsync(_sandbox.Running.PageUrl);
        var page = _browser.Page;
        var chat = page.Locator("#chat-log");

        // Anna (online ads) checks in: the menu, a button, one bad input, typed numbers, finish.
        await page.GetByRole(AriaRole.Button, new() { Name = "Анна Смирнова" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "/checkin" }).ClickAsync();
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "(1 из 4)" })).ToBeVisibleAsync(new() { Timeout = Patience });
        await chat.Locator(".inline-button", new() { HasText = "Как на прошлой неделе" }).Last.ClickAsync();
        await SkipTheWhyQuestionIfAskedAsync(chat, "(2 из 4)");

        await _browser.SendAsync("много");
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "«много» — не число." })).ToBeVisibleAsync(new() { Timeout = Patience });
        await _browser.SendAsync("1950");
        await SkipTheWhyQuestionIfAskedAsync(chat, "(3 из 4)");
        await _browser.SendAsync("98500");
        await SkipTheWhyQuestionIfAskedAsync(chat, "(4 из 4)");
        await _browser.SendAsync("41");
        await SkipTheWhyQuestionIfAskedAsync(chat, "Цифры за неделю 23–29 ноября");
        var summary = chat.Locator(".message.from-bot").Filter(new() { HasText = "Цифры за неделю 23–29 ноября" });
        await Assertions.Expect(summary).ToBeVisibleAsync(new() { Timeout = Patience });
        await summary.Locator(".inline-button", new() { HasText = "Завершить" }).ClickAsync();
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "Спасибо!" })).ToBeVisibleAsync(new() { Timeout = Patience });

        await FireWeeklyDigestAsync(page);
        var screenshot = Path.Combine(_sandbox.Folder, "sandbox.png");
        await page.ScreenshotAsync(new() { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        CopyToDocsWhenAsked(screenshot);

        // Maria, the manager, asks for the scorecard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Мария Кузнецова" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chat-title")).ToContainTextAsync("Мария Кузнецова");
        await _browser.SendAsync("/status");
        var status = chat.Locator(".message.from-bot").Filter(new() { HasText = "Выручка" });
        await Assertions.Expect(status).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(status.Locator("b").First).ToContainTextAsync("Маркетинг B2B");

        Assert.Empty(_browser.Errors);
    }

    /// <summary>
    /// A value off plan makes the bot ask why (the demo data decides which): press Skip on that question, then
    /// expect the next step.
    /// </summary>
    private static async Task SkipTheWhyQuestionIfAskedAsync(ILocator chat, string next)
    {
        var nextStep = chat.Locator(".message.from-bot").Filter(new() { HasText = next });
        var why = chat.Locator(".message.from-bot").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Почему|Что помогло") });
        await Assertions.Expect(nextStep.Or(why.Last)).ToBeVisibleAsync(new() { Timeout = Patience });
        if (await nextStep.CountAsync() == 0)
        {
            await why.Last.Locator(".inline-button", new() { HasText = "Пропустить" }).ClickAsync();
        }

        await Assertions.Expect(nextStep).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    /// <summary>Fires the weekly digest from the jobs panel and sees it with its chart in the channel.</summary>
    private static async Task FireWeeklyDigestAsync(IPage page)
    {
        var jobs = page.Locator("#jobs");
        await Assertions.Expect(jobs.Locator("li").First).ToBeVisibleAsync(new() { Timeout = Patience });
        var digest = jobs.Locator("button.job").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("digest|дайджест", System.Text.RegularExpressions.RegexOptions.IgnoreCase) });
        await digest.First.ClickAsync();
        var channel = page.Locator("#channel-log");
        await Assertions.Expect(channel.Locator(".message.from-bot .photo img").First).ToBeVisibleAsync(new() { Timeout = Patience });
        Assert.True(await channel.Locator(".photo img").First.EvaluateAsync<int>("image => image.naturalWidth") > 0, "the chart image loads");
    }

    /// <summary>With UPDATE_SCREENSHOTS=1 the screenshot also replaces docs/sandbox.png (the README's picture).</summary>
    private void CopyToDocsWhenAsked(string screenshot)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1")
        {
            return;
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FunnelBot.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var target = Path.Combine(root.FullName, "docs", "sandbox.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(screenshot, target, overwrite: true);
        _output.WriteLine($"Screenshot written to {target}");
    }
}
