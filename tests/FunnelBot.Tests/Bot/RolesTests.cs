using FunnelBot.Tests.Bot.Support;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.Tests.Bot;

public sealed class RolesTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("sergey_sales", "/checkin", "Observers read /status")]
    [InlineData("sergey_sales", "/edit leads 2026-W47 3", "Observers read /status")]
    [InlineData("anna_ads", "/invite", "only the manager can do that")]
    [InlineData("mallory", "/status", "serves only its team's members")]
    [InlineData("mallory", "/checkin", "serves only its team's members")]
    [InlineData("mallory", "12", "works only for its team's members")]
    [InlineData("anna_ads", "/frobnicate", "I don't know that command")]
    public async Task Command_NotAllowedForCaller_RefusedAndNothingChanges(string username, string text, string expected)
    {
        var user = username == "mallory"
            ? _bot.Driver.CreateUser("Mallory", username, "en")
            : await _bot.JoinAsync(username, "User");
        var bindingsBefore = _bot.Service<MemberBindingStore>().All().Count;

        var reply = await _bot.SayAsync(user, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(bindingsBefore, _bot.Service<MemberBindingStore>().All().Count);
        Assert.Equal(0, _bot.Service<FunnelBot.Storage.WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Stranger_ManyMessages_AnsweredOnceADay()
    {
        var mallory = _bot.Driver.CreateUser("Mallory", "mallory", "en");

        var first = await _bot.SayAsync(mallory, "/status");
        foreach (var text in new[] { "hello", "/start", "/frobnicate", "/checkin", "12" })
        {
            await _bot.Driver.SendTextAsync(mallory.Id, text);
        }

        await _bot.SettledAsync();
        Assert.Equal("Sorry, this bot serves only its team's members.", first.Text);
        Assert.Single(_bot.Driver.BotMessages(mallory.Id));

        _bot.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await _bot.SayAsync(mallory, "hello");
        Assert.StartsWith("Sorry, this bot works only for its team's members.", nextDay.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_OtherMembersMetric_RefusedForMemberAllowedForManager()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var refused = await _bot.SayAsync(ivan, "/edit leads 2026-W47 3");
        Assert.Contains("«Лиды»: ответственный — Anna.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<FunnelBot.Storage.WeeklyValueStore>().Count());

        var allowed = await _bot.SayAsync(maria, "/edit leads 2026-W47 3");
        Assert.Contains("Leads for 16–22 November 2026: — → 3.", allowed.Text, StringComparison.Ordinal);
        Assert.Contains("late entry", allowed.Text, StringComparison.Ordinal);
        Assert.Equal(3m, _bot.Service<FunnelBot.Storage.WeeklyValueStore>().Get("leads", new FunnelBot.Domain.Periods.IsoWeek(2026, 47)));
    }

    [Fact]
    public async Task Button_PressedByStranger_RefusedAndChangesNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        var question = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        var mallory = _bot.Driver.CreateUser("Mallory", "mallory", "en");

        var zero = question.ReplyMarkup!.Buttons.First(b => b.Text == "0").CallbackData!;
        var queryId = await _bot.Driver.PressButtonAsync(mallory.Id, anna.Id, question.MessageId, zero, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(queryId, BotTestHost.Timeout);

        Assert.Contains("serves only its team's members", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.ShowAlert);
        Assert.Equal(0, _bot.Service<FunnelBot.Storage.WeeklyValueStore>().Count());
    }

    [Fact]
    public async Task Menus_PublishedPerScopeAndLanguage()
    {
        var scope = FunnelBot.Sandbox.State.CommandScope.AllPrivateChats;

        var russian = _bot.Driver.CommandsFor(scope, "ru");
        var english = _bot.Driver.CommandsFor(scope, "en");
        var group = _bot.Driver.CommandsFor(FunnelBot.Sandbox.State.CommandScope.AllGroupChats, "en");

        Assert.Contains(russian, c => c.Command == "checkin" && c.Description == "Ввести цифры недели");
        Assert.Contains(english, c => c.Command == "checkin" && c.Description == "Enter this week's numbers");
        Assert.DoesNotContain(english, c => c.Command == "invite");
        Assert.Empty(group); // groups other than the team chat get no menu (see ForeignGroupTests for the team chat's)
    }
}
