using System.Globalization;
using FunnelBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>
/// The sandbox page on a phone 390 pixels wide, in Debian's Chromium: a member checks in through the chat, the weekly
/// digest is run from the jobs panel and read in the channel, and nothing needs a sideways scroll. Skipped like
/// <see cref="BrowserTests"/> only when Chromium is missing outside CI. To look at the page:
/// <c>FUNNELBOT_PHONE_SCREENSHOT=/tmp/phone.png dotnet test tests/FunnelBot.Tests --filter "FullyQualifiedName~PhoneBrowser"</c>.
/// </summary>
public sealed class PhoneBrowserTests : IAsyncLifetime
{
    private const float Patience = BrowserPage.Patience;
    private const int PhoneWidth = 390;

    /// <summary>The most a phone digest of the demo data may have, in characters of its text.</summary>
    private const int LongestDigest = 1_500;

    /// <summary>The smallest height of a button a finger can hit.</summary>
    private const double TouchSize = 44;

    private SandboxFixture? _sandbox;
    private BrowserPage? _browser;

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
    public async Task Sandbox_AtPhoneWidth_CheckInAndDigestWithoutSidewaysScroll()
    {
        BrowserPage.SkipUnlessChromiumIsThere();
        _sandbox = await SandboxFixture.StartAsync();
        _browser = await BrowserPage.OpenAsync(_sandbox.Running.PageUrl, BrowserScreen.Phone);
        var page = _browser.Page;
        await Assertions.Expect(page.Locator("#people .person").First).ToBeVisibleAsync(new() { Timeout = Patience });
        await AssertFitsThePhoneAsync(page, "at start");
        await AssertTouchSizedAsync(page.Locator("#people .person").First, "a member in the picker");

        await SandboxPageSteps.CheckInAsAnnaAsync(_browser, summary => AssertTouchSizedAsync(summary.Locator(".inline-button").Last, "a button under a message"));
        await AssertFitsThePhoneAsync(page, "after the check-in");
        await AssertTouchSizedAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send" }), "the send button");

        await SandboxPageSteps.FireWeeklyDigestAsync(page);
        await AssertTouchSizedAsync(page.Locator("#jobs button.job").First, "a job button");
        var digest = page.Locator("#channel-log .message.from-bot .text").Filter(new() { HasText = "Маркетинг B2B: неделя" }).First;
        await digest.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(digest).ToBeInViewportAsync();
        var text = await digest.InnerTextAsync();
        Assert.InRange(text.Length, 200, LongestDigest);
        await AssertFitsThePhoneAsync(page, "with the digest in the channel");
        if (Environment.GetEnvironmentVariable("FUNNELBOT_PHONE_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }

        var shown = page.Locator("#channel-log .message.from-bot time").First;
        var sent = DateTimeOffset.Parse(await shown.GetAttributeAsync("datetime") ?? string.Empty, CultureInfo.InvariantCulture);
        var zone = _sandbox.Running.Services.GetRequiredService<TeamConfiguration>().Team.TimeZone;
        Assert.Equal(TimeZoneInfo.ConvertTime(sent, zone).ToString("HH:mm", CultureInfo.InvariantCulture), await shown.InnerTextAsync());

        Assert.Empty(_browser.Errors);
    }

    /// <summary>No part of the page is wider than the phone: the page never scrolls sideways.</summary>
    private static async Task AssertFitsThePhoneAsync(IPage page, string when)
    {
        var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{when}: the page is {width} px wide on a {PhoneWidth} px phone");
    }

    private static async Task AssertTouchSizedAsync(ILocator element, string what)
    {
        await element.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height >= TouchSize && box.X >= 0 && box.X + box.Width <= PhoneWidth, $"{what}: {box.Width}x{box.Height} at x = {box.X}");
    }
}
