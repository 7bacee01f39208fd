using FunnelBot.Scheduling;
using Quartz;

namespace FunnelBot.Tests.Scheduling;

/// <summary>A job switched off in the configuration gets no trigger, is not caught up and does nothing when run.</summary>
public sealed class SwitchedOffJobTests
{
    [Fact]
    public async Task WeeklyDigest_SwitchedOff_NoTriggerNoCatchUpNothingPosted()
    {
        var afterDigestSlot = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero); // Monday 12:00 in Moscow
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync(
            afterDigestSlot, configuration => configuration["Schedule"]!["Jobs"]!["WeeklyDigest"]!["Enabled"] = false);
        await using var _ = bot;
        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();

        var run = await bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, afterDigestSlot.AddHours(-1), CancellationToken.None);

        Assert.Null(run);
        Assert.Null(await scheduler.GetTrigger(new TriggerKey("weekly-digest")));
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("overdue-alert")));
        Assert.DoesNotContain(bot.Service<CatchUpPlanner>().Due(afterDigestSlot), due => due.Job == WeeklyDigestJob.Declaration);
        Assert.Empty(bot.Driver.BotMessages(channel.Id));
    }
}
