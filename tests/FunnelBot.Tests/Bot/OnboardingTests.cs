using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.Tests.Bot;

public sealed class OnboardingTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Startup_NewDatabase_RecordedAsTeam()
    {
        var record = _bot.Service<DatabaseInfoStore>().Find();

        Assert.Equal((DatabaseKind.Team, _bot.Time.GetUtcNow().UtcDateTime), (record?.Kind, record?.RecordedAt));
    }

    [Fact]
    public async Task Start_Invitation_BindsAndGreetsWithMetrics()
    {
        var anna = _bot.Driver.CreateUser("Anna", "Anna_Ads", "en");

        var reply = await _bot.SayAsync(anna, "/start " + _bot.Invite(TestTeam.Anna));

        Assert.Contains("Hello, Anna!", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Test <Team> & Co", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Leads", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Qualified leads", reply.Text, StringComparison.Ordinal);
        Assert.Contains("On Fridays at 15:00 (Moscow)", reply.Text, StringComparison.Ordinal);
        var binding = _bot.Service<MemberBindingStore>().ForMember(TestTeam.Anna);
        Assert.NotNull(binding);
        Assert.Equal(anna.Id, binding.UserId);
    }

    [Fact]
    public async Task Start_UnknownUser_RefusedPolitelyAndNothingStored()
    {
        var stranger = _bot.Driver.CreateUser("Mallory", "mallory", "en");

        var reply = await _bot.SayAsync(stranger, "/start");

        Assert.Contains("works only for its team's members", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Test", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Service<MemberBindingStore>().All());
        Assert.Empty(_bot.Service<BindRequestStore>().Pending());
    }

    [Fact]
    public async Task Start_RussianMember_GreetedInRussian()
    {
        var ivan = _bot.Driver.CreateUser("Иван", "ivan_calls", "en");

        var reply = await _bot.SayAsync(ivan, "/start " + _bot.Invite(TestTeam.Ivan));

        Assert.Contains("Здравствуйте, Ivan!", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Проведённые звонки", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Member_ListsWhatAMemberMayUseOnly()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/help");

        Assert.Contains("/checkin", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/invite", reply.Text, StringComparison.Ordinal);
    }
}
