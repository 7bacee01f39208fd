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

    /// <summary>Opens the page on a laptop-sized screen, or on the given screen and the browser's time zone.</summary>
    public static async Task<BrowserPage> OpenAsync(Uri url, BrowserScreen? screen = null)
    {
        screen ??= BrowserScreen.Laptop;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
            var page = await browser.NewPageAsync(new()
            {
                ViewportSize = new() { Width = screen.Width, Height = screen.Height },
                HasTouch = screen.Touch,
                IsMobile = screen.Touch,
                Locale = "ru-RU",
                TimezoneId = screen.TimeZoneId,
            });
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

/// <summary>A browser's screen: its size in CSS pixels, whether it is a touch phone, and the browser's own time zone.</summary>
internal sealed record BrowserScreen(int Width, int Height, bool Touch, string? TimeZoneId)
{
    public static BrowserScreen Laptop { get; } = new(1440, 900, Touch: false, TimeZoneId: null);

    /// <summary>A phone 390 pixels wide (an iPhone 12 to 15), its browser set to a zone far from the team's.</summary>
    public static BrowserScreen Phone { get; } = new(390, 844, Touch: true, TimeZoneId: "America/Los_Angeles");
}
