using System.Diagnostics;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

public sealed class GetUpdatesTests : EmulatorTestBase
{
    [Fact]
    public async Task GetUpdates_UserSentText_ReturnsMessageUpdate()
    {
        var user = Driver.CreateUser("Anna", "anna", "de");
        await Driver.SendTextAsync(user.Id, "hello bot");

        var updates = await Bot.GetUpdates();

        var message = Assert.Single(updates).Message!;
        Assert.Equal("hello bot", message.Text);
        Assert.Equal(user.Id, message.From!.Id);
        Assert.Equal("de", message.From.LanguageCode);
        Assert.Equal(user.Id, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.True(message.Date > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task GetUpdates_NotConfirmed_RedeliversSameUpdates()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.SendTextAsync(user.Id, "one");
        await Driver.SendTextAsync(user.Id, "two");

        var first = await Bot.GetUpdates();
        var second = await Bot.GetUpdates();

        Assert.Equal(2, first.Length);
        Assert.Equal(first.Select(u => u.Id), second.Select(u => u.Id));
        Assert.Equal(2, Driver.PendingUpdates.Count);
    }

    [Fact]
    public async Task ContinueUpdateIdsFrom_OffsetOfAnEarlierRun_NewUpdatesReachThatOffsetAndIdsNeverGoBack()
    {
        var user = Driver.CreateUser("Anna");
        Driver.ContinueUpdateIdsFrom(5000);
        Driver.ContinueUpdateIdsFrom(10);
        await Driver.SendTextAsync(user.Id, "after restart");

        var updates = await Bot.GetUpdates(offset: 5000);

        Assert.Equal((5000, "after restart"), (Assert.Single(updates).Id, updates[0].Message!.Text));
    }

    [Fact]
    public async Task GetUpdates_OffsetAboveId_ConfirmsAndDropsEarlierUpdates()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.SendTextAsync(user.Id, "one");
        await Driver.SendTextAsync(user.Id, "two");
        var first = await Bot.GetUpdates();

        var next = await Bot.GetUpdates(offset: first[0].Id + 1);
        var last = await Bot.GetUpdates(offset: first[1].Id + 1);

        Assert.Equal("two", Assert.Single(next).Message!.Text);
        Assert.Empty(last);
        Assert.Empty(Driver.PendingUpdates);
        Assert.Equal(first[1].Id + 1, Driver.LastConfirmedOffset);
    }

    [Fact]
    public async Task GetUpdates_NegativeOffset_KeepsOnlyLastUpdates()
    {
        var user = Driver.CreateUser("Anna");
        foreach (var text in new[] { "a", "b", "c" })
        {
            await Driver.SendTextAsync(user.Id, text);
        }

        var updates = await Bot.GetUpdates(offset: -1);

        Assert.Equal("c", Assert.Single(updates).Message!.Text);
        Assert.Single(Driver.PendingUpdates);
    }

    [Fact]
    public async Task GetUpdates_Limit_ReturnsAtMostLimit()
    {
        var user = Driver.CreateUser("Anna");
        for (var i = 0; i < 5; i++)
        {
            await Driver.SendTextAsync(user.Id, $"m{i}");
        }

        var updates = await Bot.GetUpdates(limit: 2);

        Assert.Equal(["m0", "m1"], updates.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsUpdateArrives()
    {
        var user = Driver.CreateUser("Anna");
        var stopwatch = Stopwatch.StartNew();
        var poll = Bot.GetUpdates(timeout: 30);
        await Driver.WaitForPollingAsync(Patience);

        await Driver.SendTextAsync(user.Id, "wake up");
        var updates = await poll.WaitAsync(Patience);

        Assert.Equal("wake up", Assert.Single(updates).Message!.Text);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the long poll waited for its timeout");
    }

    [Fact]
    public async Task GetUpdates_LongPollWithoutUpdates_ReturnsEmptyAfterTimeout()
    {
        var updates = await Bot.GetUpdates(timeout: 1).WaitAsync(Patience);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task GetUpdates_SecondConcurrentPoller_FirstGets409Conflict()
    {
        var first = Bot.GetUpdates(timeout: 30);
        await Driver.WaitForPollingAsync(Patience);

        var second = CreateClient().GetUpdates(timeout: 1);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(Patience));
        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", error.Message);
        Assert.Empty(await second.WaitAsync(Patience));
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdatesSet_PersistsForLaterCalls()
    {
        var user = Driver.CreateUser("Anna");
        await Bot.GetUpdates(allowedUpdates: [UpdateType.CallbackQuery]);

        await Driver.SendTextAsync(user.Id, "filtered out");
        var updates = await Bot.GetUpdates();

        Assert.Empty(updates);
    }

    [Theory]
    [InlineData("/status", "/status")]
    [InlineData("/status@funnelbot_sandbox_bot", "/status@funnelbot_sandbox_bot")]
    [InlineData("/report week 42", "/report")]
    public async Task GetUpdates_GroupCommand_HasBotCommandEntity(string text, string command)
    {
        var user = Driver.CreateUser("Anna");
        var group = Driver.CreateGroup("Marketing");
        await Driver.SendTextAsync(user.Id, text, group.Id);

        var message = Assert.Single(await Bot.GetUpdates()).Message!;

        var entity = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, entity.Type);
        Assert.Equal(0, entity.Offset);
        Assert.Equal(command.Length, entity.Length);
        Assert.Equal(group.Id, message.Chat.Id);
        Assert.Equal(ChatType.Group, message.Chat.Type);
        Assert.Equal("Marketing", message.Chat.Title);
    }

    [Fact]
    public async Task GetUpdates_SupergroupAndChannel_HaveTelegramIds()
    {
        var supergroup = Driver.CreateGroup("Sales", supergroup: true);
        var channel = Driver.CreateChannel("News", "news_channel");
        var user = Driver.CreateUser("Anna");
        await Driver.SendTextAsync(user.Id, "post", channel.Id);

        var update = Assert.Single(await Bot.GetUpdates());

        Assert.StartsWith("-100", supergroup.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(channel.Id, update.ChannelPost!.Chat.Id);
        Assert.Equal(ChatType.Channel, update.ChannelPost.Chat.Type);
        Assert.Null(update.ChannelPost.From);
    }

    [Fact]
    public async Task GetUpdates_UserNonTextMessages_ArriveWithMedia()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.SendStickerAsync(user.Id, "🔥");
        await Driver.SendVoiceAsync(user.Id, new byte[] { 1, 2, 3 }, durationSeconds: 4);
        await Driver.SendPhotoAsync(user.Id, new byte[] { 9, 9 }, caption: "look");

        var updates = await Bot.GetUpdates();

        Assert.Equal("🔥", updates[0].Message!.Sticker!.Emoji);
        Assert.Equal(4, updates[1].Message!.Voice!.Duration);
        Assert.Equal("look", updates[2].Message!.Caption);
        Assert.NotEmpty(updates[2].Message!.Photo!);
        Assert.All(updates, u => Assert.Null(u.Message!.Text));
    }
}
