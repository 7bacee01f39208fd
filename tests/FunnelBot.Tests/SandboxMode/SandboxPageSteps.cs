using Microsoft.Playwright;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>What a person does on the sandbox page, step by step, shared by the browser tests at any width.</summary>
internal static class SandboxPageSteps
{
    private const float Patience = BrowserPage.Patience;

    /// <summary>Anna (online ads) checks in through the chat: the menu, a button, one bad input, typed numbers, finish.</summary>
    public static async Task CheckInAsAnnaAsync(BrowserPage browser, Func<ILocator, Task>? atTheSummary = null)
    {
        var page = browser.Page;
        var chat = page.Locator("#chat-log");
        await page.GetByRole(AriaRole.Button, new() { Name = "Анна Смирнова" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "/checkin" }).ClickAsync();
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "(1 из 4)" })).ToBeVisibleAsync(new() { Timeout = Patience });
        await chat.Locator(".inline-button", new() { HasText = "Как на прошлой неделе" }).Last.ClickAsync();
        await SkipTheWhyQuestionIfAskedAsync(chat, "(2 из 4)");

        await browser.SendAsync("много");
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "«много» — не число." })).ToBeVisibleAsync(new() { Timeout = Patience });
        await browser.SendAsync("1950");
        await SkipTheWhyQuestionIfAskedAsync(chat, "(3 из 4)");
        await browser.SendAsync("98500");
        await SkipTheWhyQuestionIfAskedAsync(chat, "(4 из 4)");
        await browser.SendAsync("41");
        await SkipTheWhyQuestionIfAskedAsync(chat, "Цифры за неделю 23–29 ноября");
        var summary = chat.Locator(".message.from-bot").Filter(new() { HasText = "Цифры за неделю 23–29 ноября" });
        await Assertions.Expect(summary).ToBeVisibleAsync(new() { Timeout = Patience });
        if (atTheSummary is not null)
        {
            await atTheSummary(summary);
        }

        await summary.Locator(".inline-button", new() { HasText = "Завершить" }).ClickAsync();
        await Assertions.Expect(chat.Locator(".message.from-bot").Filter(new() { HasText = "Спасибо!" })).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    /// <summary>
    /// A value off plan makes the bot ask why (the demo data decides which): press Skip on that question, then
    /// expect the next step.
    /// </summary>
    public static async Task SkipTheWhyQuestionIfAskedAsync(ILocator chat, string next)
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

    /// <summary>
    /// Fires the weekly digest from the jobs panel, reads under its button what the run did, and sees the digest with its
    /// chart in the channel.
    /// </summary>
    public static async Task FireWeeklyDigestAsync(IPage page)
    {
        var jobs = page.Locator("#jobs");
        await Assertions.Expect(jobs.Locator("li").First).ToBeVisibleAsync(new() { Timeout = Patience });
        var digest = jobs.Locator("button.job").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("digest|дайджест", System.Text.RegularExpressions.RegexOptions.IgnoreCase) });
        await digest.First.ClickAsync();
        var channel = page.Locator("#channel-log");
        await Assertions.Expect(channel.Locator(".message.from-bot .photo img").First).ToBeVisibleAsync(new() { Timeout = Patience });
        Assert.True(await channel.Locator(".photo img").First.EvaluateAsync<int>("image => image.naturalWidth") > 0, "the chart image loads");
        var outcome = jobs.Locator("li").Filter(new() { Has = page.Locator("button.job", new() { HasTextString = "weekly-digest" }) }).Locator(".job-outcome");
        await Assertions.Expect(outcome).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex("^weekly-digest: done for the week of .+, [0-9]+ messages? queued\\.$"), new() { Timeout = Patience });
    }
}
