using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.Tests.TelegramBot;

public sealed class MessageSplitterTests
{
    [Fact]
    public void VisibleLength_TagsDoNotCount_AnEntityCountsAsOne() =>
        Assert.Equal("Leads < 5".Length, MessageSplitter.VisibleLength("<b>Leads</b> &lt; <i>5</i>"));

    [Fact]
    public void Split_LongerInHtmlThanTheLimit_ButNotInVisibleText_StaysOneMessage()
    {
        // 100 lines of 40 visible characters in bold: 4,099 visible, 4,799 raw; at a limit of 4,100 one part.
        var html = string.Join('\n', Enumerable.Range(0, 100).Select(_ => "<b>" + new string('x', 40) + "</b>"));
        Assert.True(html.Length > 4100);

        var parts = MessageSplitter.Split(html, 4100);

        Assert.Equal([html], parts);
    }

    [Fact]
    public void Split_LongerInVisibleText_PartsAsFullAsTheLimitAllows_EachWithinIt()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"<b>{i:D3}</b> &amp; " + new string('y', 30)).ToList();
        var html = string.Join('\n', lines);

        var parts = MessageSplitter.Split(html);

        Assert.All(parts, part => Assert.True(MessageSplitter.VisibleLength(part) <= MessageSplitter.TelegramLimit));
        Assert.Equal(html, string.Join('\n', parts));
        // 300 lines of 36 visible characters and a newline: 11,099 in all, so 3 parts, not the 4 the raw HTML would need.
        Assert.Equal(3, parts.Count);
    }
}
