using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.Tests.TelegramBot;

public sealed class EchoSafeTextTests
{
    [Theory]
    [InlineData("Call \u202Edcba\u202C list", "Call dcba list")]
    [InlineData("\u200Eleft\u200F right", "left right")]
    [InlineData("\u2066isolated\u2069 \u2067x\u2068", "isolated x")]
    [InlineData("zero\u200Bwidth\u200C\u200D\u2060\uFEFF", "zerowidth")]
    [InlineData("bell\u0007 esc\u001B c1\u0085\u009B", "bell esc c1")]
    [InlineData("tab\there", "tab here")]
    [InlineData("two\nlines", "two\nlines")]
    [InlineData("Анна Смирнова 🟢", "Анна Смирнова 🟢")]
    public void Neutralise_TakesOutInvisibleControlsOnly(string typed, string shown) =>
        Assert.Equal(shown, EchoSafeText.Neutralise(typed));

    [Fact]
    public void Html_TypedArgument_IsNeutralisedAndEscaped()
    {
        var html = BotTexts.Html("names.member_unknown", BotTexts.English, "ev\u202Eil<b>");

        Assert.Equal("There is no team member “evil&lt;b&gt;”. Choose one:", html);
    }
}
