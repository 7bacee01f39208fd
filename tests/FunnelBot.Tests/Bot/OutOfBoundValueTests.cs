using FunnelBot.Domain.Periods;
using FunnelBot.Scheduling;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// A value or plan above the one bound (10^15), stored as a release before the bound could store it: the metric shows as
/// an error line, and every other metric of <c>/status</c> and the weekly digest (text and chart) is there as usual.
/// </summary>
public sealed class OutOfBoundValueTests : IAsyncLifetime
{
    private const decimal Huge = 79_000_000_000_000_000_000_000_000_000m; // 7.9e28: any sum with it overflows decimal
    private static readonly DateTimeOffset DigestSlot = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero); // Monday 11:00 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    public async Task InitializeAsync()
    {
        (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync();
        ScheduleTestHost.SeedNovember(_bot.Services);
        StoreAsAnOldReleaseDid();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task WeeklyDigest_OneValueAndOnePlanOutOfBound_OtherMetricsPostedWithErrorLinesAndChart()
    {
        var run = await _bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);

        var photo = await _bot.Driver.WaitForMessageAsync(_channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var text = _bot.Driver.BotMessages(_channel.Id)[0].Text!;
        Assert.Equal("weekly-digest|2026-W48", run?.Key);
        Assert.Equal(AttachmentKind.Photo, photo.Attachment!.Kind);
        Assert.Contains("Leads: 6 of 10", text, StringComparison.Ordinal);
        Assert.Contains(
            "Qualified leads (Anna): the figures cannot be computed. Check its values and plans: each is at most 1,000,000,000,000,000 (/edit, /plan set).",
            text, StringComparison.Ordinal);
        Assert.Contains("Calls held (Ivan): the figures cannot be computed.", text, StringComparison.Ordinal);
        Assert.Contains("Qualification rate (Maria): the figures cannot be computed.", text, StringComparison.Ordinal); // its numerator is the bad one
        Assert.DoesNotContain("Qualified leads (Anna): 3", text, StringComparison.Ordinal);
        Assert.Single(ErrorLinesAbout("qualified"));
        Assert.Single(ErrorLinesAbout("calls"));
    }

    [Fact]
    public async Task Status_OneValueOutOfBound_OtherMetricsShownWithAnErrorLine()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var status = await _bot.SayAsync(maria, "/status 2026-W48");
        var trend = await _bot.SayAsync(maria, "/status qualified");
        var fine = await _bot.SayAsync(maria, "/status leads");

        Assert.Contains("Leads (Anna): 6 / 10 (60%)", status.Text, StringComparison.Ordinal);
        Assert.Contains("Ad spend (Anna)", status.Text, StringComparison.Ordinal);
        Assert.Contains("Qualified leads (Anna): the figures cannot be computed.", status.Text, StringComparison.Ordinal);
        Assert.Contains("Calls held (Ivan): the figures cannot be computed.", status.Text, StringComparison.Ordinal);
        Assert.StartsWith("Qualified leads (Anna): the figures cannot be computed.", trend.Text, StringComparison.Ordinal);
        Assert.Contains("23–29 November", fine.Text, StringComparison.Ordinal);
        Assert.NotEmpty(ErrorLinesAbout("qualified"));
    }

    [Fact]
    public async Task Chart_OneMetricOutOfBound_StillDrawn()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var chart = await _bot.SayAsync(maria, "/chart 2026-W48");
        var ofTheBadMetric = await _bot.SayAsync(maria, "/chart qualified");

        Assert.Equal(AttachmentKind.Photo, chart.Attachment!.Kind);
        Assert.Equal(AttachmentKind.Photo, ofTheBadMetric.Attachment!.Kind);
    }

    private List<string> ErrorLinesAbout(string metric) =>
        [.. _bot.Logs.Lines.Where(line => line.StartsWith("Error ", StringComparison.Ordinal)
            && line.Contains($"Metric {metric}: its figures cannot be computed", StringComparison.Ordinal))];

    /// <summary>
    /// Writes the documents directly, past the stores' checks, as the stores of a release before the bound wrote them,
    /// then makes the values' year rows as the migration to them does for such a database.
    /// </summary>
    private void StoreAsAnOldReleaseDid()
    {
        var database = _bot.Service<FunnelDatabase>();
        var week = new IsoWeek(2026, 48);
        database.Collection<WeeklyValueDocument>(WeeklyValueStore.CollectionName).Upsert(new WeeklyValueDocument
        {
            Id = WeeklyValueStore.IdOf("qualified", week),
            Metric = "qualified",
            IsoYear = week.Year,
            Week = week.Week,
            Value = Huge,
            EnteredAt = DateTime.UtcNow,
            EnteredBy = "anna",
            Source = ChangeSource.Import,
        });
        var november = PlanEntry.ForMonth("calls", new YearMonth(2026, 11), Huge);
        database.Collection<PlanDocument>(PlanStore.CollectionName).Upsert(new PlanDocument
        {
            Id = november.Id,
            Metric = november.Metric,
            Kind = november.Kind,
            Year = november.Year,
            Number = november.Number,
            Value = november.Value,
            UpdatedAt = DateTime.UtcNow,
            UpdatedBy = "maria",
            Source = ChangeSource.Chat,
        });
        new YearRowsBuilt().Apply(database);
        database.Changes.Bump();
    }
}
