using FunnelBot.Sandbox.Html;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

public sealed class HtmlParsingTests : EmulatorTestBase
{
    public static TheoryData<string, string> GoodHtml => new()
    {
        { "plain text", "plain text" },
        { "<b>bold</b> and <i>italic</i>", "bold and italic" },
        { "<b>bold <i>nested <u>deep</u></i></b>", "bold nested deep" },
        { "<a href=\"https://example.com/?a=1&amp;b=2\">link</a>", "link" },
        { "a &lt; b &gt; c &amp; d &quot;e&quot;", "a < b > c & d \"e\"" },
        { "&#65;&#x42; numeric", "AB numeric" },
        { "&nbsp; stays literally", "&nbsp; stays literally" },
        { "Tom & Jerry", "Tom & Jerry" },
        { "5 > 3", "5 > 3" },
        { "<pre><code class=\"language-csharp\">var x;</code></pre>", "var x;" },
        { "<span class=\"tg-spoiler\">s</span><tg-spoiler>t</tg-spoiler>", "st" },
        { "<blockquote expandable>q</blockquote>", "q" },
        { "<s>a</s><strike>b</strike><del>c</del><ins>d</ins><em>e</em><strong>f</strong>", "abcdef" },
        { "<B>upper</B>", "upper" },
        { "<b>x</>", "x" },
        { "<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "👍" },
    };

    public static TheoryData<string, string> BadHtml => new()
    {
        { "<b>unclosed", "Can't find end tag corresponding to start tag \"b\"" },
        { "<b><i>crossed</b></i>", "Unmatched end tag at byte offset 13, expected \"</i>\", found \"</b>\"" },
        { "<div>unknown</div>", "Unsupported start tag \"div\" at byte offset 0" },
        { "<br/>", "Unsupported start tag \"br/\" at byte offset 0" },
        { "x < y", "Unsupported start tag \"\" at byte offset 2" },
        { "ends with <", "Unclosed start tag at byte offset 10" },
        { "stray </b>", "Unexpected end tag at byte offset 6" },
        { "<span>no class</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0" },
        { "<a href=\"x\"", "Unclosed start tag at byte offset 0" },
        { "é<u>x", "Can't find end tag corresponding to start tag \"u\"" },
        { "éé <foo>", "Unsupported start tag \"foo\" at byte offset 5" },
    };

    [Theory]
    [MemberData(nameof(GoodHtml))]
    public void Parse_SupportedHtml_ReturnsPlainText(string html, string plain)
    {
        Assert.Equal(plain, HtmlEntityParser.Parse(html).Text);
    }

    [Theory]
    [MemberData(nameof(BadHtml))]
    public void Parse_UnsupportedHtml_ThrowsWithTelegramReason(string html, string reason)
    {
        var error = Assert.Throws<HtmlParseException>(() => HtmlEntityParser.Parse(html));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void Parse_NestedTags_EntitiesSortedWithUtf16Offsets()
    {
        var parsed = HtmlEntityParser.Parse("😀 <b>bold <i>it</i></b> <a href=\"https://t.me\">x</a> <pre><code class=\"language-py\">p</code></pre> <code>c</code>");

        Assert.Equal("😀 bold it x p c", parsed.Text);
        Assert.Collection(
            parsed.Entities,
            e => Assert.Equal(("bold", 3, 7), (e.Type, e.Offset, e.Length)),
            e => Assert.Equal(("italic", 8, 2), (e.Type, e.Offset, e.Length)),
            e => Assert.Equal(("text_link", 11, 1, "https://t.me"), (e.Type, e.Offset, e.Length, e.Url)),
            e => Assert.Equal(("pre", 13, 1, "py"), (e.Type, e.Offset, e.Length, e.Language)),
            e => Assert.Equal(("code", 15, 1, (string?)null), (e.Type, e.Offset, e.Length, e.Language)));
    }

    [Theory]
    [InlineData("line one\n\n", "line one")]
    [InlineData("\n  <b>bold</b>  \n", "bold")]
    [InlineData("  <b>  bold</b>", "  bold")]
    [InlineData("<i>italic  </i>\n", "italic")]
    public async Task SendMessage_SurroundingWhitespace_TrimmedLikeTelegram(string html, string stored)
    {
        var user = Driver.CreateUser("Anna");

        var sent = await Bot.SendMessage(user.Id, html, ParseMode.Html);

        Assert.Equal(stored, sent.Text);
        Assert.All(sent.Entities ?? [], e => Assert.True(e.Offset + e.Length <= stored.Length));
    }

    [Fact]
    public async Task SendMessage_WhitespaceOnly_Is400Empty()
    {
        var user = Driver.CreateUser("Anna");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, " \n "));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Theory]
    [MemberData(nameof(BadHtml))]
    public async Task SendMessage_BadHtml_Is400CantParseEntities(string html, string reason)
    {
        var user = Driver.CreateUser("Anna");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + reason, error.Message);
    }

    [Fact]
    public async Task SendMessage_RawHtmlOver4096ButPlainTextWithin_IsAccepted()
    {
        var user = Driver.CreateUser("Anna");
        var html = string.Concat(Enumerable.Repeat("<b>abcd</b>", 1024));

        var sent = await Bot.SendMessage(user.Id, html, ParseMode.Html);

        Assert.True(html.Length > 4096);
        Assert.Equal(4096, sent.Text!.Length);
    }

    [Fact]
    public async Task SendMessage_PlainTextOver4096AfterParsing_Is400TooLong()
    {
        var user = Driver.CreateUser("Anna");
        var html = "<b>" + new string('a', 4097) + "</b>";

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, html, ParseMode.Html));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task SendMessage_EntitiesOnlyNoText_Is400Empty()
    {
        var user = Driver.CreateUser("Anna");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "<b></b>", ParseMode.Html));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task SendMessage_HtmlEntities_ReturnedAsTelegramWould()
    {
        var user = Driver.CreateUser("Anna");

        var sent = await Bot.SendMessage(user.Id, "<a href=\"https://example.com\">site</a> &amp; <code>x</code>", ParseMode.Html);

        Assert.Equal("site & x", sent.Text);
        Assert.Collection(
            sent.Entities!,
            e => Assert.Equal((MessageEntityType.TextLink, 0, 4, "https://example.com/"), (e.Type, e.Offset, e.Length, new Uri(e.Url!).ToString())),
            e => Assert.Equal((MessageEntityType.Code, 7, 1), (e.Type, e.Offset, e.Length)));
    }
}
