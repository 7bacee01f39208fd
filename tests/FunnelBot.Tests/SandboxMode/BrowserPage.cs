using Microsoft.Playwright;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>
/// One headless Chromium page on a URL, collecting the page's script errors and console errors. Skips the test
/// (with the reason shown) when Chromium is missing outside CI; in CI (<c>CI=true</c>) a missing browser fails.
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    public const float Patience = 20_000;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _errors = [];

    private BrowserPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"{message.Text} ({message.Location})");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    public static void SkipUnlessChromiumIsThere() =>
        Skip.If(
            !File.Exists(Chromium.ExecutablePath) && Environment.GetEnvironmentVariable("CI") != "true",
            $"Chromium not found at {Chromium.ExecutablePath}: install it (apt-get install -y chromium) to run the browser tests.");

    public static async Task<BrowserPage> OpenAsync(Uri url)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "ru-RU" });
            var opened = new BrowserPage(playwright, browser, page);
            await page.GotoAsync(url.ToString());
            return opened;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Types a message into the composer, sends it with Enter and waits until it shows in the chat.</summary>
    public async Task SendAsync(string text)
    {
        var input = Page.GetByRole(AriaRole.Textbox, new() { Name = "Message" });
        await input.FillAsync(text);
        await input.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#chat-log .message.from-user").Last).ToContainTextAsync(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
