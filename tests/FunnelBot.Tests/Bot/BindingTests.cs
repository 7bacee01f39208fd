using System.Globalization;
using FunnelBot.TelegramBot.Members;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// A username is a request, not a fact: accounts are bound at once only by a configured user id or a one-time
/// invitation; otherwise a manager confirms. Invitations expire and can be revoked; the manager can unbind.
/// </summary>
public sealed class BindingTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private MemberBindingStore Bindings => _bot.Service<MemberBindingStore>();

    [Fact]
    public async Task UsernameSquatter_WaitsForTheManager_RejectedThenTheRealMemberConfirmed()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var squatter = _bot.Driver.CreateUser("Mallory", "anna_ads", "en");
        var beforeCard = _bot.LastMessageId(maria.Id);

        var waiting = await _bot.SayAsync(squatter, "/start");
        var card = await _bot.Driver.WaitForMessageAsync(maria.Id, beforeCard, BotTestHost.Timeout);

        Assert.Equal("Your request has been sent to the team's manager. I will write here as soon as it is confirmed.", waiting.Text);
        Assert.Equal(
            $"Request to join the bot\nAccount: @anna_ads (Mallory, id {squatter.Id.ToString(CultureInfo.InvariantCulture)})\nWants to be: Anna\nConfirm only if you are sure this account is theirs.",
            card.Text);
        Assert.Null(Bindings.ForMember(TestTeam.Anna));
        Assert.Contains("serves only its team's members", (await _bot.SayAsync(squatter, "/status")).Text, StringComparison.Ordinal);
        Assert.Equal("Your request is still waiting for the manager's confirmation.", (await _bot.SayAsync(squatter, "/start")).Text);

        var beforeTold = _bot.LastMessageId(squatter.Id);
        var rejected = await _bot.PressAsync(maria, "Reject");
        var told = await _bot.Driver.WaitForMessageAsync(squatter.Id, beforeTold, BotTestHost.Timeout);
        Assert.EndsWith("\nRejected.", rejected.Text, StringComparison.Ordinal);
        Assert.Null(rejected.ReplyMarkup);
        Assert.Equal("Your request was not confirmed. If this is a mistake, ask your manager for an invitation link.", told.Text);
        Assert.Null(Bindings.ForMember(TestTeam.Anna));

        var anna = _bot.Driver.CreateUser("Anna", "anna_ads", "en");
        await _bot.SayAsync(anna, "/start");
        await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.ReplyMarkup is not null && m.Text!.Contains(anna.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), BotTestHost.Timeout);
        var beforeWelcome = _bot.LastMessageId(anna.Id);
        var confirmed = await _bot.PressAsync(maria, "Confirm");
        var welcome = await _bot.Driver.WaitForMessageAsync(anna.Id, beforeWelcome, BotTestHost.Timeout);

        Assert.EndsWith("\n✅ Confirmed.", confirmed.Text, StringComparison.Ordinal);
        Assert.StartsWith("Hello, Anna!", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(anna.Id, Bindings.ForMember(TestTeam.Anna)!.UserId);
        Assert.Null(_bot.Service<MemberDirectory>().FindByUserId(squatter.Id));
    }

    [Fact]
    public async Task Confirm_MemberBoundMeanwhile_RefusedWithAlertAndKeepsTheBinding()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var squatter = _bot.Driver.CreateUser("Mallory", "anna_ads", "en");
        await _bot.SayAsync(squatter, "/start");
        var card = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var data = card.ReplyMarkup!.Buttons.First(b => b.Text == "Confirm").CallbackData!;
        var query = await _bot.Driver.PressButtonAsync(maria.Id, maria.Id, card.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Equal("This request has already been decided.", answer.Text);
        Assert.Equal(anna.Id, Bindings.ForMember(TestTeam.Anna)!.UserId);
        Assert.Equal(BindRequestStatus.Superseded, _bot.Service<BindRequestStore>().Find(data["bind:c:".Length..])!.Status);
        Assert.Contains(_bot.Driver.BotMessages(squatter.Id), m => m.Text == "Your request was not confirmed. If this is a mistake, ask your manager for an invitation link.");
    }

    [Fact]
    public async Task Manager_UsernameAlone_NeverBinds_TheServersInvitationDoes_AndWaitingRequestsFollow()
    {
        var maria = _bot.Driver.CreateUser("Maria", "maria_lead", "en");
        var refused = await _bot.SayAsync(maria, "/start");
        Assert.Equal("Sorry, this bot works only for its team's members. If you are one, open the invitation link your manager gave you.", refused.Text);
        Assert.Empty(_bot.Service<BindRequestStore>().Pending());

        var ivan = _bot.Driver.CreateUser("Ivan", "ivan_calls", "en");
        await _bot.SayAsync(ivan, "/start");
        var welcome = await _bot.SayAsync(maria, "/start " + _bot.Invite(TestTeam.Manager));
        var card = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);

        Assert.StartsWith("Hello, Maria!", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(maria.Id, Bindings.ForMember(TestTeam.Manager)!.UserId);
        Assert.Contains("Wants to be: Ivan", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstManager_BindsByTheLinkTheServersInviteCommandPrints()
    {
        await _bot.StopBotAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FunnelBot.Cli.FunnelBotCli.RunAsync(
            ["invite", "maria", "--config", Path.Combine(_bot.Folder, "funnelbot.json"), "--db", _bot.DatabasePath],
            output, error, _bot.Time, new System.Collections.Hashtable());
        await _bot.StartBotAsync();
        var link = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"https://t\.me/funnelbot_sandbox_bot\?start=(?<code>[A-Za-z0-9_-]{16})");

        Assert.Equal((0, ""), (code, error.ToString()));
        Assert.True(link.Success, output.ToString());
        var maria = _bot.Driver.CreateUser("Maria", "maria_lead", "en");
        var welcome = await _bot.SayAsync(maria, "/start " + link.Groups["code"].Value);
        Assert.StartsWith("Hello, Maria!", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(maria.Id, Bindings.ForMember(TestTeam.Manager)!.UserId);
        await Eventually.TrueAsync(
            () => _bot.Driver.CommandsFor(FunnelBot.Sandbox.State.CommandScope.Chat(maria.Id)).Any(c => c.Command == "unbind"), BotTestHost.Timeout);
    }

    [Fact]
    public async Task Invitation_UsedOnceExpiresAndRevoked_OtherManagersTold()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var code = _bot.Invite(TestTeam.Anna);
        var anna = _bot.Driver.CreateUser("Anna", "anna_ads", "en");
        var beforeNotice = _bot.LastMessageId(maria.Id);
        await _bot.SayAsync(anna, "/start " + code);
        var notice = await _bot.Driver.WaitForMessageAsync(maria.Id, beforeNotice, BotTestHost.Timeout);
        Assert.Equal($"Member linked: Anna — @anna_ads (Anna, id {anna.Id.ToString(CultureInfo.InvariantCulture)}), by an invitation link.", notice.Text);

        var second = _bot.Driver.CreateUser("Mallory", "mallory", "en");
        var reused = await _bot.SayAsync(second, "/start " + code);
        Assert.Equal("This invitation link does not work any more: it was used, revoked or has expired. Ask your manager for a new one.", reused.Text);

        var expired = _bot.Invite(TestTeam.Ivan);
        _bot.Time.Advance(TimeSpan.FromDays(7));
        var ivan = _bot.Driver.CreateUser("Ivan", "ivan_calls", "en");
        Assert.StartsWith("This invitation link does not work any more", (await _bot.SayAsync(ivan, "/start " + expired)).Text, StringComparison.Ordinal);

        var revoked = _bot.Invite(TestTeam.Ivan);
        Assert.Equal("Ivan: the invitation link is revoked and binds nobody now.", (await _bot.SayAsync(maria, "/invite revoke @ivan_calls")).Text);
        Assert.StartsWith("This invitation link does not work any more", (await _bot.SayAsync(ivan, "/start " + revoked)).Text, StringComparison.Ordinal);
        Assert.Equal("Ivan: there is no invitation link that still works.", (await _bot.SayAsync(maria, "/invite revoke ivan")).Text);
        Assert.Null(Bindings.ForMember(TestTeam.Ivan));
    }

    [Fact]
    public async Task Invite_ListsLinksWithTheirLastDay()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/invite");

        // Now is 2026-11-27 12:00 UTC = 15:00 in Moscow; seven days later.
        Assert.Matches(@"Anna: https://t\.me/funnelbot_sandbox_bot\?start=[A-Za-z0-9_-]{16} \(until 4 December 15:00\)", reply.Text);
        Assert.DoesNotContain("Maria:", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("A link that went to the wrong person: /invite revoke @member.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unbind_MemberLosesAccess_SelfAndUnknownRefused()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var beforeNotice = _bot.LastMessageId(anna.Id);

        var done = await _bot.SayAsync(maria, "/unbind @anna_ads");
        var notice = await _bot.Driver.WaitForMessageAsync(anna.Id, beforeNotice, BotTestHost.Timeout);

        Assert.Equal($"Unlinked: Anna (the account was @anna_ads (id {anna.Id.ToString(CultureInfo.InvariantCulture)})). Send /invite for a new invitation link.", done.Text);
        Assert.Equal("Your Telegram account is no longer linked to the team's bot.", notice.Text);
        Assert.Null(Bindings.ForMember(TestTeam.Anna));
        Assert.Contains("serves only its team's members", (await _bot.SayAsync(anna, "/status")).Text, StringComparison.Ordinal);
        Assert.Equal("You cannot unlink your own account.", (await _bot.SayAsync(maria, "/unbind maria")).Text);
        Assert.Equal("Anna: no Telegram account is linked.", (await _bot.SayAsync(maria, "/unbind anna")).Text);
        Assert.StartsWith("Whose account should be unlinked?", (await _bot.SayAsync(maria, "/unbind @nobody")).Text, StringComparison.Ordinal);
        Assert.Equal("Извините, это может только руководитель.", (await _bot.SayAsync(await _bot.JoinAsync("ivan_calls", "Ivan"), "/unbind maria")).Text);
        Assert.NotNull(Bindings.ForMember(TestTeam.Manager));
    }

    [Fact]
    public async Task ConfiguredUserId_BindsAtOnce_AndTheManagerIsTold()
    {
        var configuration = TestTeam.Configuration();
        configuration["Members"]![1]!["UserId"] = 555_000_111;
        await using var bot = await BotTestHost.StartAsync(configuration);
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        var anna = bot.Driver.CreateUser("Anna", "some_other_name", "en", id: 555_000_111);
        var beforeNotice = bot.LastMessageId(maria.Id);

        var welcome = await bot.SayAsync(anna, "/start");
        var notice = await bot.Driver.WaitForMessageAsync(maria.Id, beforeNotice, BotTestHost.Timeout);

        Assert.StartsWith("Hello, Anna!", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("Member linked: Anna — @some_other_name (Anna, id 555000111), by the user id in the configuration.", notice.Text);
        Assert.Equal("Anna: the account is set by the user id in the configuration; change Members there to unlink it.", (await bot.SayAsync(maria, "/unbind anna")).Text);
    }
}
