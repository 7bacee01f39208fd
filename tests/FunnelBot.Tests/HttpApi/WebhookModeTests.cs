using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FunnelBot.Domain.Periods;
using FunnelBot.HttpApi.Webhook;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary>
/// The bot in webhook mode against the emulator, which delivers to the HTTP host as Telegram does (through
/// <c>RouteWebhooks</c>, standing in for the reverse proxy): the same answers as when polling, deliveries checked
/// against the secret, stored before the 200, a repeated update id changing nothing, and back to polling.
/// </summary>
public sealed class WebhookModeTests
{
    private static readonly IsoWeek Week = new(2026, 48);

    [Fact]
    public async Task CheckIn_InWebhookMode_AnsweredFromDeliveriesWithTheSecretAndNoGetUpdates()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        await bot.SayAsync(anna, "/checkin");
        await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await bot.SayAsync(anna, "10");
        await bot.SettledAsync();

        Assert.Equal(10m, bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Equal(0, bot.Driver.RequestCount("getUpdates"));
        var hook = bot.Driver.Webhook!;
        Assert.Equal(BotTestHost.WebhookUrl, hook.Url);
        Assert.Equal(BotTestHost.WebhookSecret, hook.SecretToken);
        Assert.True(bot.Driver.WebhookAttempts.Count >= 3);
        Assert.All(bot.Driver.WebhookAttempts, attempt => Assert.Equal(200, attempt.StatusCode));
        Assert.Equal(1, bot.Driver.RequestCount("setWebhook"));
    }

    [Fact]
    public async Task Status_InWebhookMode_AnswersAsWhenPolling()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        var reply = await bot.SayAsync(anna, "/status");

        Assert.Contains("Test <Team> & Co · week of 23–29 November", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e2e-Webhook_secret-012345678")]
    [InlineData("e2e-Webhook_secret-0123456789X")]
    public async Task Delivery_WithoutTheRightSecret_401AndNothingStored(string? secret)
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var before = bot.Driver.Messages(anna.Id).Count;
        using var http = new HttpClient();

        using var response = await http.SendAsync(Delivery(bot.WebhookEndpoint, ForgedStatus(990_001, anna.Id), secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Null(bot.Service<UpdateInboxStore>().Find(990_001));
        await bot.SettledAsync();
        Assert.Equal(before, bot.Driver.Messages(anna.Id).Count);
    }

    [Fact]
    public async Task Delivery_ForgedWithTheRightSecret_StoredAndAnswered()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var before = bot.LastMessageId(anna.Id);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Delivery(bot.WebhookEndpoint, ForgedStatus(990_002, anna.Id), BotTestHost.WebhookSecret));
        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before, BotTestHost.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("week of 23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.True(bot.Service<UpdateInboxStore>().Find(990_002)?.Done);
    }

    [Fact]
    public async Task Delivery_SameUpdateIdAgain_200AndNothingChanges()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/checkin");
        await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await bot.SayAsync(anna, "10");
        await bot.SettledAsync();
        var answer = bot.Driver.WebhookAttempts.Last(a => a.Body.Contains("\"text\":\"10\"", StringComparison.Ordinal));
        var transcript = Snapshot(bot, anna.Id);
        var history = bot.Service<WeeklyValueStore>().History("leads", Week).Count;

        var again = await bot.Driver.RedeliverAsync(answer.UpdateId);
        var checkInAgain = await bot.Driver.RedeliverAsync(bot.Driver.WebhookAttempts.Last(a => a.Body.Contains("\"text\":\"/checkin\"", StringComparison.Ordinal)).UpdateId);
        await bot.SettledAsync();

        Assert.Equal(200, again);
        Assert.Equal(200, checkInAgain);
        Assert.Equal(transcript, Snapshot(bot, anna.Id));
        Assert.Equal(history, bot.Service<WeeklyValueStore>().History("leads", Week).Count);
        Assert.Equal(10m, bot.Service<WeeklyValueStore>().Get("leads", Week));
    }

    [Fact]
    public async Task Delivery_BodyOverTheLimit_413AndNothingStored()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var update = ForgedStatus(990_003, anna.Id);
        update["message"]!["caption"] = new string('x', 2 * 1024 * 1024);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Delivery(bot.WebhookEndpoint, update, BotTestHost.WebhookSecret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(bot.Service<UpdateInboxStore>().Find(990_003));
    }

    [Fact]
    public async Task Delivery_NotAnUpdate_400AndNothingStored()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        using var http = new HttpClient();
        var pendingBefore = bot.Service<UpdateInboxStore>().Pending().Count;

        using var response = await http.SendAsync(Delivery(bot.WebhookEndpoint, new JsonObject { ["message"] = "no update_id" }, BotTestHost.WebhookSecret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(pendingBefore, bot.Service<UpdateInboxStore>().Pending().Count);
    }

    [Fact]
    public async Task BotDown_UpdatesSentMeanwhile_DeliveredAgainAndAnsweredAfterTheRestart()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.StopBotAsync();
        var before = bot.LastMessageId(anna.Id);

        await bot.Driver.SendTextAsync(anna.Id, "/status");
        await bot.Driver.WaitForWebhookAttemptAsync(a => !a.Delivered, BotTestHost.Timeout);
        await bot.StartBotAsync();
        var reply = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before, BotTestHost.Timeout);

        Assert.Contains("week of 23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Connection failed", bot.Driver.WebhookAttempts.First(a => !a.Delivered).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchBackToPolling_TheWebhookIsDeletedAndUpdatesArePolled()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.StopBotAsync();
        await bot.Driver.SendTextAsync(anna.Id, "/help");

        var before = bot.LastMessageId(anna.Id);

        bot.WebhookMode = false;
        await bot.StartBotAsync();
        var help = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before, BotTestHost.Timeout);
        var reply = await bot.SayAsync(anna, "/status");

        Assert.Null(bot.Driver.Webhook);
        Assert.Equal(1, bot.Driver.RequestCount("deleteWebhook"));
        Assert.Contains("week of 23–29 November", reply.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Deleted the webhook at https://bot.example.test/telegram/webhook", StringComparison.Ordinal));
        Assert.StartsWith("What you can do:", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookDeletedByAnotherClient_TheBotSetsItAgainAtItsNextCheck()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        using var other = new HttpClient();

        using var deleted = await other.PostAsync(new Uri(bot.Emulator.BaseUrl, $"/bot{bot.Emulator.Options.BotToken}/deleteWebhook"), null);
        await Eventually.TrueAsync(() => bot.Driver.RequestCount("setWebhook") == 2, BotTestHost.Timeout);
        var anna = await bot.JoinAsync("anna_ads", "Anna");

        Assert.True(deleted.IsSuccessStatusCode);
        Assert.Equal(BotTestHost.WebhookUrl, bot.Driver.Webhook?.Url);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("The webhook is '', not Telegram:Webhook:Url; setting it again", StringComparison.Ordinal));
        Assert.Contains("week of 23–29 November", (await bot.SayAsync(anna, "/status")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunBot_BadWebhookSettings_StopsWithTwoNamingEachSetting()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__Webhook__Url"] = "http://bot.example.com/telegram";
        cli.Environment["FUNNELBOT_Telegram__Webhook__SecretToken"] = "not secret!";

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Telegram.Webhook.Url: 'http://bot.example.com/telegram' is not an https address such as https://bot.example.com/telegram/webhook (Telegram delivers over https only)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Telegram.Webhook.SecretToken: must be 1-256 characters of A-Z, a-z, 0-9, _ and - only", result.Error, StringComparison.Ordinal);
        Assert.Contains("Telegram.Webhook.Url: webhook mode needs the HTTP host; set Http.Urls", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not secret!", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.DatabasePath));
    }

    private static HttpRequestMessage Delivery(Uri endpoint, JsonObject update, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(WebhookEndpoints.SecretHeader, secret);
        }

        return request;
    }

    /// <summary>An update as Telegram would send it: the user writes /status in the private chat.</summary>
    private static JsonObject ForgedStatus(long updateId, long userId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = 900_000 + (updateId % 1000),
            ["date"] = 1_795_000_000,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Anna", ["username"] = "anna_ads", ["language_code"] = "en" },
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "Anna", ["username"] = "anna_ads" },
            ["text"] = "/status",
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 7 }),
        },
    };

    private static List<string> Snapshot(BotTestHost bot, long chatId) =>
        [.. bot.Driver.Messages(chatId).Select(m => $"{m.MessageId}|{m.EditCount}|{m.Text}|{m.ReplyMarkup?.Buttons.Count()}")];
}
