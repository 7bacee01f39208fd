using FunnelBot.Domain.Deviations;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Bot;

/// <summary>A button press edits only a message the bot sent with that same button, in the presser's chat or the team chat.</summary>
public sealed class ForgedButtonTests
{
    private const string Stale = "This button belongs to a finished conversation; nothing was changed.";
    private static readonly DateTimeOffset DigestSlot = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("tk:1:d")]
    [InlineData("tk:1:p")]
    [InlineData("aw:c:1")]
    public async Task ForgedButton_OnTheWeeklyDigestInTheChannel_StaleAndTheDigestUnchanged(string data)
    {
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync();
        await using var _ = bot;
        ScheduleTestHost.SeedNovember(bot.Services);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/task Call the list");
        await bot.SayAsync(anna, "/away 2026-W50");
        await bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);
        await bot.Driver.WaitForMessageAsync(channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var digest = bot.Driver.BotMessages(channel.Id)[0];

        var query = await bot.Driver.PressButtonAsync(anna.Id, channel.Id, digest.MessageId, data, force: true);
        var answer = await bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = bot.Driver.BotMessages(channel.Id)[0];
        Assert.Equal((digest.Text, 0), (now.Text, now.EditCount));
        Assert.Equal(WorkTaskStatus.Open, bot.Service<WorkTaskStore>().Find(1)!.Status);
        Assert.False(bot.Service<AwayStore>().Find(1)!.Cancelled);
    }

    [Fact]
    public async Task ForgedButton_OnTheCheckInQuestion_StaleAndTheQuestionKeepsItsButtons()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/task Call the list");
        await bot.SayAsync(anna, "/checkin");
        var question = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var query = await bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, "tk:1:d", force: true);
        var answer = await bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = bot.Driver.Messages(anna.Id).Single(m => m.MessageId == question.MessageId);
        Assert.Equal((question.Text, question.EditCount), (now.Text, now.EditCount));
        Assert.NotNull(now.ReplyMarkup);
        Assert.Equal(WorkTaskStatus.Open, bot.Service<WorkTaskStore>().Find(1)!.Status);
    }
}
