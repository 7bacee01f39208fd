using System.Text;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.CheckIns;

namespace FunnelBot.Tests.TelegramBot;

public sealed class CheckInButtonsTests
{
    private static readonly CheckInState State = new("0a1b2c3d", "anna", new IsoWeek(2026, 48), ["leads"], 0, CheckInPhase.AskingValue, Version: 12345);

    public static TheoryData<CheckInChoice> Choices => [.. Enum.GetValues<CheckInChoice>()];

    [Theory]
    [MemberData(nameof(Choices))]
    public void Button_EveryChoice_RoundTripsWithinTelegramsLimit(CheckInChoice choice)
    {
        var button = CheckInButtons.Button("text", State, choice, 366);

        Assert.StartsWith("ci:", button.Data, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(button.Data!) <= 64);
        var parsed = CheckInButtons.Parse(button.Data!["ci:".Length..]);
        Assert.Equal(new CheckInButton("0a1b2c3d", 12345, choice, 366), parsed);
        Assert.True(parsed!.BelongsTo(State));
        Assert.False(parsed.BelongsTo(State with { Version = 12346 }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0a1b2c3d:1:z")]
    [InlineData("0a1b2c3d:x:z:0")]
    [InlineData("0a1b2c3d:1:?:0")]
    [InlineData("0a1b2c3d:1:z:-1")]
    [InlineData(":1:z:0")]
    public void Parse_ForgedOrBrokenData_Null(string data) => Assert.Null(CheckInButtons.Parse(data));
}
