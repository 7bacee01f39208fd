using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Documents;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Plausibility;

/// <summary>
/// Through the emulator: a value that breaks a funnel rule is marked in the digest, confirmed or not; the same value
/// given to <c>/edit</c> again confirms it; a CSV sent in the chat stores such values and lists them as warnings.
/// The test team's rule: qualified leads at most the leads (from its qualification rate).
/// </summary>
public sealed class FunnelMarksTests : IAsyncLifetime
{
    private static readonly IsoWeek W47 = new(2026, 47);
    private static readonly IsoWeek W48 = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration()), ScheduleTestHost.MondayBeforeDigest);
        ScheduleTestHost.SeedNovember(_bot.Services);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    [Fact]
    public async Task Digest_MarksTheBrokenRule_ThenConfirmedByEditingTheSameValue()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        Assert.DoesNotContain(await DigestAsync(maria), text => text.Contains("do not fit the funnel", StringComparison.Ordinal));

        Values.Set(new WeeklyValue("qualified", W48, 9m), ChangeAuthor.Cli);
        Assert.Contains("Numbers that do not fit the funnel\n• Qualified leads: 9 is more than Leads: 6 (not confirmed)", await DigestTextAsync(maria), StringComparison.Ordinal);

        var asked = await _bot.SayAsync(maria, "/edit qualified 2026-W48 9");
        Assert.Contains("Qualified leads: 9 is more than Leads: 6", asked.Text, StringComparison.Ordinal);
        var stored = await _bot.PressAsync(maria, "Yes, that's right");

        Assert.Equal("Qualified leads for 23–29 November 2026: 9 → 9.\nMarked as a late entry.", stored.Text);
        Assert.True(Values.IsFunnelConfirmed("qualified", W48));
        Assert.Equal(2, Values.History("qualified", W48).Count); // the seed's 3 and the 9: confirming writes no history
        Assert.Contains("• Qualified leads: 9 is more than Leads: 6 (confirmed at entry)", await DigestTextAsync(maria), StringComparison.Ordinal);

        var again = await _bot.SayAsync(maria, "/edit qualified 2026-W48 9");
        Assert.Equal("Qualified leads for 23–29 November 2026 is already 9.", again.Text);
    }

    [Fact]
    public async Task CsvInChat_ValuesThatBreakARule_StoredAndListedAsWarnings()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var file = DocumentChat.Csv(false, "metric,week,value", "qualified,2026-W47,11", "leads,2026-W48,6", "calls,2026-W48,40");

        var reply = await _bot.SendFileAsync(maria, "actuals.csv", file);

        Assert.Equal(
            "✅ actuals.csv: weekly values read: 3, changed: 2, unchanged: 1.\n\n"
            + "Stored, but these do not fit the funnel. Correct a value with /edit metric week value; the same value given to /edit confirms it:\n"
            + "• 16–22 November 2026: Qualified leads: 11 is more than Leads: 8",
            reply.Text);
        Assert.Equal(11m, Values.Get("qualified", W47));
        Assert.False(Values.IsFunnelConfirmed("qualified", W47));
    }

    [Fact]
    public async Task CsvInChat_WithinTheFunnel_NoWarning()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SendFileAsync(maria, "actuals.csv", DocumentChat.Csv(false, "metric,week,value", "qualified,2026-W47,8"));

        Assert.Equal("✅ actuals.csv: weekly values read: 1, changed: 1, unchanged: 0.", reply.Text);
    }

    private async Task<IReadOnlyList<string>> DigestAsync(Sandbox.State.SandboxUser maria)
    {
        var before = _bot.LastMessageId(maria.Id);
        await _bot.Driver.SendTextAsync(maria.Id, "/digest");
        var photo = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.Attachment is not null, BotTestHost.Timeout);
        return [.. _bot.Driver.BotMessages(maria.Id).Where(m => m.MessageId > before && m.MessageId < photo.MessageId).Select(m => m.Text ?? string.Empty)];
    }

    private async Task<string> DigestTextAsync(Sandbox.State.SandboxUser maria) => string.Join('\n', await DigestAsync(maria));
}
