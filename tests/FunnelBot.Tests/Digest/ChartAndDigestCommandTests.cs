using FunnelBot.Reporting.Charts;
using FunnelBot.Sandbox.State;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Reporting.Charts;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Digest;

/// <summary><c>/chart</c> for everyone, <c>/digest</c> as the manager's private preview, through the emulator.</summary>
public sealed class ChartAndDigestCommandTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);
        ScheduleTestHost.SeedNovember(_bot.Services);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/chart", DigestChartRenderer.Width, DigestChartRenderer.Height)]
    [InlineData("/chart leads", MetricTrendRenderer.Width, MetricTrendRenderer.Height)]
    [InlineData("/chart 2026-W47", DigestChartRenderer.Width, DigestChartRenderer.Height)]
    public async Task Chart_Member_PhotoOfTheExpectedSize(string command, int width, int height)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, command);

        Assert.Equal(AttachmentKind.Photo, reply.Attachment?.Kind);
        using var image = PngImage.Decode(reply.Attachment!.Content.ToArray());
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Fact]
    public async Task Chart_Metric_CaptionNamesTheMetricAndItsWeeksInTheUsersLanguage()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Иван", "ru");

        var reply = await _bot.SayAsync(ivan, "/chart leads");

        Assert.Equal(AttachmentKind.Photo, reply.Attachment?.Kind);
        Assert.Equal("📈 Лиды по неделям, 7 сентября – 6 декабря", reply.Caption);
    }

    [Fact]
    public async Task Chart_UnknownMetric_SaysSoWithAnExample()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/chart <nope>");

        Assert.Equal("There is no metric “<nope>”. Choose one:", reply.Text);
        Assert.NotEmpty(reply.ReplyMarkup!.Buttons);
    }

    [Fact]
    public async Task Digest_Manager_PreviewOfTheWeekJustEndedInPrivate()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var before = _bot.LastMessageId(maria.Id);

        await _bot.Driver.SendTextAsync(maria.Id, "/digest");
        var photo = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.Attachment is not null, BotTestHost.Timeout);

        var texts = _bot.Driver.BotMessages(maria.Id).Where(m => m.MessageId > before && m.MessageId < photo.MessageId).Select(m => m.Text).ToList();
        Assert.Equal("Preview: this is what the team channel gets.", texts[0]);
        Assert.StartsWith("📊 Test <Team> & Co: week of 23–29 November", texts[1], StringComparison.Ordinal);
        Assert.Equal("📈 Test <Team> & Co: week of 23–29 November", photo.Caption);
    }

    [Theory]
    [InlineData("anna_ads", "Anna", "Sorry, only the manager can do that.")]
    [InlineData("sergey_sales", "Sergey", "Sorry, only the manager can do that.")]
    public async Task Digest_NotManager_Refused(string username, string name, string expected)
    {
        var member = await _bot.JoinAsync(username, name);

        var reply = await _bot.SayAsync(member, "/digest");

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task Digest_Month_PreviewOfLastMonthsResults()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var before = _bot.LastMessageId(maria.Id);

        await _bot.Driver.SendTextAsync(maria.Id, "/digest month");
        var photo = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.Attachment is not null, BotTestHost.Timeout);

        Assert.Equal("📈 Test <Team> & Co: October 2026", photo.Caption);
    }
}
