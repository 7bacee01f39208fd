using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;

namespace FunnelBot.Sandbox.Tests;

public sealed class ConcurrencyTests : EmulatorTestBase
{
    [Fact]
    public async Task SendMessage_ParallelToSeveralChats_MessageIdsIncreasePerChatWithoutGaps()
    {
        var users = Enumerable.Range(0, 4).Select(i => Driver.CreateUser($"U{i}")).ToList();

        await Task.WhenAll(users.SelectMany(u => Enumerable.Range(0, 10).Select(i => Bot.SendMessage(u.Id, $"m{i}"))));

        Assert.All(users, u => Assert.Equal(Enumerable.Range(1, 10), Driver.Messages(u.Id).Select(m => m.MessageId)));
    }

    [Fact]
    public async Task DriverAndBot_Interleaved_TranscriptKeepsOrderAndUpdateIdsIncrease()
    {
        var user = Driver.CreateUser("Anna");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Driver.SendTextAsync(user.Id, $"u{i}"))));
        var updates = await Bot.GetUpdates();

        Assert.Equal(20, updates.Length);
        Assert.Equal(updates.Select(u => u.Id).Order(), updates.Select(u => u.Id));
        Assert.Equal(updates.Select(u => u.Message!.Id).Order(), updates.Select(u => u.Message!.Id));
    }
}
