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
        await SandboxPageSteps.CheckInAsAnnaAsync(_browser);

        await SandboxPageSteps.FireWeeklyDigestAsync(page);
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
