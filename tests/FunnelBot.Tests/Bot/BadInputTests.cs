using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Anna is at her first question (Leads, a count); every bad answer is refused, asked again, and stores nothing.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.CheckInInProgress>
{
    private readonly CheckInInProgress _fixture;

    public BadInputTests(CheckInInProgress fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string, string> TypedAnswers => new()
    {
        { "abc", "is not a number" },
        { "twelve", "is not a number" },
        { "-5", "can't be negative" },
        { "−5", "can't be negative" },
        { "1.5", "counted in whole numbers" },
        { "12.345", "is ambiguous" },
        { "0.5", "counted in whole numbers" },
        { "1e309", "is not a number" },
        { "1e3", "is not a number" },
        { "NaN", "is not a number" },
        { "Infinity", "is not a number" },
        { "∞", "is not a number" },
        { "１２", "other digits" },
        { "١٢", "other digits" },
        { "12abc", "is not a number" },
        { "1..2", "is not a number" },
        { "1,,2", "is not a number" },
        { "12 13", "is not a number" },
        { "1,23,4", "is not a number" },
        { "12%", "not a percentage" },
        { "0x10", "is not a number" },
        { "1/2", "is not a number" },
        { "--5", "is not a number" },
        { "$12", "is not a number" },
        { "<b>12</b>", "“<b>12</b>” is not a number" },
        { "12\n13", "is not a number" },
        { "10^3", "is not a number" },
        { "1_000", "is not a number" },
        { "99999999999999999999999999999999", "too large" },
        { new string('9', 5000), "far too long" },
        { new string('a', 5000), "far too long" },
        { "   ", "is empty" },
        { "💯", "is not a number" },
        { "12 & 13", "is not a number" },
    };

    [Theory]
    [MemberData(nameof(TypedAnswers))]
    public async Task Answer_BadText_RefusedWithReasonAndAskedAgain(string typed, string expectedReason)
    {
        var reply = await _fixture.Bot.SayAsync(_fixture.Anna, typed);

        AssertRefusedAndAskedAgain(reply, expectedReason);
    }

    [Theory]
    [InlineData("sticker")]
    [InlineData("photo")]
    [InlineData("voice")]
    [InlineData("document")]
    public async Task Answer_NotText_RefusedAndAskedAgain(string kind)
    {
        var bot = _fixture.Bot;
        var anna = _fixture.Anna;
        var before = bot.LastMessageId(anna.Id);
        var sent = kind switch
        {
            "sticker" => bot.Driver.SendStickerAsync(anna.Id),
            "photo" => bot.Driver.SendPhotoAsync(anna.Id, new byte[] { 1, 2, 3 }),
            "voice" => bot.Driver.SendVoiceAsync(anna.Id, new byte[] { 1, 2, 3 }),
            _ => bot.Driver.SendDocumentAsync(anna.Id, "numbers.txt", "text/plain", "12"u8.ToArray()),
        };
        await sent;

        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before, BotTestHost.Timeout);

        AssertRefusedAndAskedAgain(reply, "I need a number typed as text");
    }

    private void AssertRefusedAndAskedAgain(ChatMessage reply, string expectedReason)
    {
        Assert.Contains(expectedReason, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Expected: a whole number ≥ 0, for example 12.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Leads (1 of 4)", reply.Text, StringComparison.Ordinal);
        Assert.Null(_fixture.Bot.Service<WeeklyValueStore>().Get("leads", new IsoWeek(2026, 48)));
        Assert.Equal(0, _fixture.Bot.Service<WeeklyValueStore>().Count());
    }

    /// <summary>One bot for the whole table: Anna has started a check-in and is asked for Leads.</summary>
    public sealed class CheckInInProgress : IAsyncLifetime
    {
        public BotTestHost Bot { get; private set; } = null!;

        public SandboxUser Anna { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Bot = await BotTestHost.StartAsync();
            Anna = await Bot.JoinAsync("anna_ads", "Anna");
            await Bot.SayAsync(Anna, "/checkin");
            await Bot.Driver.WaitForMessageAsync(Anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        }

        public async Task DisposeAsync() => await Bot.DisposeAsync();
    }
}
