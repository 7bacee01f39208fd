using FunnelBot.Reporting.Charts;
using FunnelBot.Scheduling;
using FunnelBot.Sandbox.State;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Reporting.Charts;

namespace FunnelBot.Tests.Scheduling;

/// <summary>The weekly digest through the scheduled runner into the emulator's channel: once per week, whatever fires.</summary>
public sealed class WeeklyDigestRunTests : IAsyncLifetime
{
    private static readonly DateTimeOffset DigestSlot = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero); // Monday 11:00 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    public async Task InitializeAsync()
    {
        (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync();
        ScheduleTestHost.SeedNovember(_bot.Services);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task RunAsync_DigestSlot_ChannelGetsTextThenChartPhoto()
    {
        var run = await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);

        var photo = await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var text = _bot.Driver.BotMessages(_channel.Id)[0];
        Assert.Equal("weekly-digest|2026-W48", run?.Key);
        Assert.Contains("Test <Team> & Co: week of 23–29 November", text.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: 6 of 10 (60%)", text.Text, StringComparison.Ordinal);
        Assert.Equal(AttachmentKind.Photo, photo.Attachment!.Kind);
        using var image = PngImage.Decode(photo.Attachment.Content.ToArray());
        Assert.Equal((DigestChartRenderer.Width, DigestChartRenderer.Height), (image.Width, image.Height));
    }

    [Fact]
    public async Task AllMetricsButton_PressedInTheChannel_FullTableGoesToThePressersPrivateChat()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var digest = _bot.Driver.BotMessages(_channel.Id)[0];
        var button = Assert.Single(digest.ReplyMarkup!.Buttons);
        Assert.Equal("All metrics", button.Text);

        var query = await _bot.Driver.PressButtonAsync(anna.Id, _channel.Id, digest.MessageId, button.CallbackData!);

        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        var table = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("week of 23–29 November", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        Assert.Equal("All metrics were sent to your private chat.", answer.Text);
        Assert.Contains("🟢 Calls held (Ivan): 55 / 50 (110%)", table.Text, StringComparison.Ordinal); // on plan: not in the channel's digest
        Assert.DoesNotContain("still open", table.Text, StringComparison.Ordinal);
        Assert.Equal(2, _bot.Driver.BotMessages(_channel.Id).Count); // the channel got nothing more than the digest and its chart
    }

    [Fact]
    public async Task RunAsync_SecondTriggerForTheSameWeek_SendsNothing()
    {
        var runner = _bot.Service<ScheduledJobRunner>();
        await runner.RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);

        var again = await runner.RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);
        var late = await runner.RunAsync(WeeklyDigestJob.Declaration, DigestSlot.AddHours(3), CancellationToken.None); // a misfire fired late

        Assert.Null(again);
        Assert.Null(late);
        Assert.Equal(2, _bot.Driver.BotMessages(_channel.Id).Count);
    }

    [Fact]
    public async Task RunAsync_DoubleStart_OnlyOneDigest()
    {
        var runner = _bot.Service<ScheduledJobRunner>();

        var runs = await Task.WhenAll(
            runner.RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None),
            runner.RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None));

        Assert.Single(runs, run => run is not null);
        await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        Assert.Equal(2, _bot.Driver.BotMessages(_channel.Id).Count);
    }

    [Fact]
    public async Task RunAsync_AfterRestart_SendsNothingAgain()
    {
        await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        await Eventually.TrueAsync(() => _bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);

        await _bot.StopBotAsync();
        await _bot.StartBotAsync();
        var again = await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);

        Assert.Null(again);
        Assert.True(_bot.Service<JobRunStore>().HasRun("weekly-digest|2026-W48"));
        Assert.Equal(2, _bot.Driver.BotMessages(_channel.Id).Count);
    }

    [Fact]
    public async Task RunAsync_InstantOutsideTheCatchUpWindow_DoesNothing()
    {
        var run = await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot.AddDays(2), CancellationToken.None);

        Assert.Null(run);
        Assert.False(_bot.Service<JobRunStore>().HasRun("weekly-digest|2026-W48"));
    }
}
