using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>The greeting names only the jobs switched on, at their times in the team's zone; an observer hears what an observer gets.</summary>
public sealed class GreetingTests
{
    [Fact]
    public async Task Start_ReminderOffAndYekaterinburgZone_NamesOnlyTheCheckInAtItsLocalTime()
    {
        var configuration = TestTeam.Configuration(timeZone: "Asia/Yekaterinburg");
        configuration["Schedule"]!["Jobs"]!["Reminder"]!["Enabled"] = false;
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = bot.Driver.CreateUser("Anna", "anna_ads", "en");
        var ivan = bot.Driver.CreateUser("Иван", "ivan_calls", "ru");

        var english = await bot.SayAsync(anna, "/start " + bot.Invite(TestTeam.Anna));
        var russian = await bot.SayAsync(ivan, "/start " + bot.Invite(TestTeam.Ivan));

        Assert.Contains("On Fridays at 15:00 (Yekaterinburg) I will ask you here for the week's numbers.", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("remind", english.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Moscow", english.Text, StringComparison.Ordinal);
        Assert.Contains("По пятницам в 15:00 (Екатеринбург) спрошу здесь цифры за неделю.", russian.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("напомню", russian.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BothJobsOn_NamesTheCheckInAndTheReminder()
    {
        await using var bot = await BotTestHost.StartAsync();
        var ivan = bot.Driver.CreateUser("Иван", "ivan_calls", "ru");

        var reply = await bot.SayAsync(ivan, "/start " + bot.Invite(TestTeam.Ivan));

        Assert.Contains("По пятницам в 15:00 (Москва) спрошу здесь цифры за неделю.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("По понедельникам в 10:00 (Москва) напомню, если цифр ещё нет.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoScheduledQuestions_SaysToUseCheckIn()
    {
        var configuration = TestTeam.Configuration();
        configuration["Schedule"]!["Jobs"]!["CheckInPrompt"]!["Enabled"] = false;
        configuration["Schedule"]!["Jobs"]!["Reminder"]!["Enabled"] = false;
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = bot.Driver.CreateUser("Anna", "anna_ads", "en");

        var reply = await bot.SayAsync(anna, "/start " + bot.Invite(TestTeam.Anna));

        Assert.Contains("Scheduled questions are switched off: report your numbers with /checkin.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fridays", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Observer_HearsOfTheDigestAndStatusNotOfQuestions()
    {
        var configuration = TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId);
        configuration["Schedule"]!["Jobs"]!["MonthlyResults"]!["Enabled"] = false;
        await using var bot = await BotTestHost.StartAsync(configuration);
        var sergey = bot.Driver.CreateUser("Sergey", "sergey_sales", "en");

        var reply = await bot.SayAsync(sergey, "/start " + bot.Invite(TestTeam.Observer));

        Assert.Contains("as an observer: no weekly questions for you", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/status", reply.Text, StringComparison.Ordinal);
        Assert.Contains("On Mondays at 11:00 (Moscow) I post the team's weekly digest in the team chat.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("month's results", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I will ask you", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your metrics", reply.Text, StringComparison.Ordinal);
    }
}
