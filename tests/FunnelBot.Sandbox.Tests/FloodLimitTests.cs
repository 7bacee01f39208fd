using FunnelBot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FunnelBot.Sandbox.Tests;

public sealed class FloodLimitTests : EmulatorTestBase
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    protected override EmulatorOptions Options => new() { BotToken = Token, FloodLimits = FloodLimitOptions.TelegramDefaults, TimeProvider = time };

    private TelegramBotClient NoRetryBot => CreateClient(o => o.RetryThreshold = 0);

    [Fact]
    public async Task SendMessage_BurstOf25ToGroup_SomeGet429WithRetryAfter()
    {
        var group = Driver.CreateGroup("Marketing");
        var bot = NoRetryBot;

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(async i =>
        {
            try
            {
                await bot.SendMessage(group.Id, $"m{i}");
                return (int?)null;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                return e.Parameters!.RetryAfter;
            }
        }));

        var rejected = results.Where(r => r is not null).ToList();
        Assert.Equal(22, rejected.Count);
        Assert.All(rejected, r => Assert.True(r >= 1));
        Assert.Equal(3, Driver.BotMessages(group.Id).Count);
        Assert.Equal(22, Faults.FloodRejectedCount("sendMessage"));
    }

    [Fact]
    public async Task SendMessage_GroupOver20PerMinute_WaitsForWindow()
    {
        var group = Driver.CreateGroup("Marketing");
        var bot = NoRetryBot;
        for (var i = 0; i < 20; i++)
        {
            await bot.SendMessage(group.Id, $"m{i}");
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "21st"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(40, error.Parameters!.RetryAfter);
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal("21st", (await bot.SendMessage(group.Id, "21st")).Text);
    }

    [Fact]
    public async Task SendMessage_PrivateChatAfterBurst_OnePerSecond()
    {
        var user = Driver.CreateUser("Anna");
        var bot = NoRetryBot;
        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(user.Id, $"m{i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.Id, "4th"));
        time.Advance(TimeSpan.FromSeconds(1));
        await bot.SendMessage(user.Id, "4th");

        Assert.Equal(1, error.Parameters!.RetryAfter);
    }

    [Fact]
    public async Task SendMessage_Over30PerSecondAcrossChats_Is429()
    {
        var users = Enumerable.Range(0, 31).Select(i => Driver.CreateUser($"U{i}")).ToList();
        var bot = NoRetryBot;
        foreach (var user in users.Take(30))
        {
            await bot.SendMessage(user.Id, "broadcast");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(users[30].Id, "broadcast"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters!.RetryAfter);
    }

    [Fact]
    public async Task GetUpdatesAndAnswerCallback_NotCountedByFloodLimits()
    {
        var bot = NoRetryBot;
        for (var i = 0; i < 40; i++)
        {
            await bot.GetUpdates();
        }

        Assert.Equal(0, Faults.FloodRejectedCount());
    }

    [Fact]
    public async Task FloodLimits_SwitchedOffAtRunTime_NoMore429()
    {
        var user = Driver.CreateUser("Anna");
        Faults.FloodLimits = null;
        var bot = NoRetryBot;

        for (var i = 0; i < 10; i++)
        {
            await bot.SendMessage(user.Id, $"m{i}");
        }

        Assert.Equal(10, Driver.BotMessages(user.Id).Count);
    }
}
