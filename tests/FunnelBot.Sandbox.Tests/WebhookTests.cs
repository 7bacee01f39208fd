using System.Text.Json;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

/// <summary>setWebhook, deleteWebhook, getWebhookInfo and deliveries to the webhook as Telegram makes them.</summary>
public sealed class WebhookTests : EmulatorTestBase
{
    protected override EmulatorOptions Options => new()
    {
        BotToken = Token,
        WebhookTimeout = TimeSpan.FromSeconds(3),
        WebhookRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    [Fact]
    public async Task SetWebhook_UserSendsText_OnePostWithTheSecretHeaderAndTheUpdateLeavesTheQueue()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        await Bot.SetWebhook(hook.Url.ToString(), secretToken: "s3cret_-A", allowedUpdates: [UpdateType.Message]);
        var anna = Driver.CreateUser("Anna");

        await Driver.SendTextAsync(anna.Id, "hello");
        var attempt = await Driver.WaitForWebhookAttemptAsync(a => a.Delivered, Patience);

        var received = Assert.Single(hook.Received);
        Assert.Equal("s3cret_-A", received.Secret);
        using var json = JsonDocument.Parse(received.Body);
        Assert.Equal(attempt.UpdateId, json.RootElement.GetProperty("update_id").GetInt64());
        Assert.Equal("hello", json.RootElement.GetProperty("message").GetProperty("text").GetString());
        await Eventually(() => Driver.PendingUpdates.Count == 0);
        var info = await Bot.GetWebhookInfo();
        Assert.Equal(hook.Url.ToString(), info.Url);
        Assert.Equal(0, info.PendingUpdateCount);
        Assert.Equal([UpdateType.Message], info.AllowedUpdates);
    }

    [Fact]
    public async Task Delivery_AnsweredNon2xxTwice_RetriedUntil200WithPendingCountAndLastErrorMeanwhile()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        hook.AnswerNext(401, 500);
        await Bot.SetWebhook(hook.Url.ToString(), secretToken: "secret");
        var anna = Driver.CreateUser("Anna");

        await Driver.SendTextAsync(anna.Id, "hello");
        await Driver.WaitForWebhookAttemptAsync(a => !a.Delivered, Patience);
        var failing = await Bot.GetWebhookInfo();
        var delivered = await Driver.WaitForWebhookAttemptAsync(a => a.Delivered, Patience);

        Assert.Equal(1, failing.PendingUpdateCount);
        Assert.StartsWith("Wrong response from the webhook: ", failing.LastErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(failing.LastErrorDate);
        Assert.Equal(3, delivered.Attempt);
        Assert.Equal([401, 500, 200], Driver.WebhookAttempts.Select(a => a.StatusCode));
        Assert.Equal(3, hook.Received.Count);
        Assert.Single(hook.Received.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task Delivery_AnswerSlowerThanTheTimeout_CountsAsFailedAndIsSentAgain()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        hook.DelayNext(TimeSpan.FromSeconds(5));
        await Bot.SetWebhook(hook.Url.ToString());
        var anna = Driver.CreateUser("Anna");

        await Driver.SendTextAsync(anna.Id, "hello");
        var delivered = await Driver.WaitForWebhookAttemptAsync(a => a.Delivered, Patience);

        var first = Driver.WebhookAttempts[0];
        Assert.Equal("Read timeout expired", first.Error);
        Assert.Null(first.StatusCode);
        Assert.Equal(2, delivered.Attempt);
    }

    [Fact]
    public async Task Delivery_WebhookNotListening_RetriedWithGrowingWaits()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        var closed = new Uri("http://127.0.0.1:9/hook");
        await Bot.SetWebhook(closed.ToString());
        var anna = Driver.CreateUser("Anna");

        await Driver.SendTextAsync(anna.Id, "hello");
        await Driver.WaitForWebhookAttemptAsync(a => a.Attempt == 4, Patience);

        var times = Driver.WebhookAttempts.Take(4).Select(a => a.At).ToList();
        var waits = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(Driver.WebhookAttempts, a => Assert.StartsWith("Connection failed", a.Error, StringComparison.Ordinal));
        Assert.True(waits[2] > waits[0], $"waits {string.Join(", ", waits)} do not grow");
        Assert.Equal(1, (await Bot.GetWebhookInfo()).PendingUpdateCount);
    }

    [Fact]
    public async Task Delivery_TwoUpdatesOfOneChat_SecondSentOnlyAfterTheFirstWasAccepted()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        hook.AnswerNext(503);
        await Bot.SetWebhook(hook.Url.ToString());
        var anna = Driver.CreateUser("Anna");

        await Driver.SendTextAsync(anna.Id, "one");
        await Driver.SendTextAsync(anna.Id, "two");
        await Eventually(() => Driver.PendingUpdates.Count == 0);

        var texts = hook.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.Equal(["one", "one", "two"], texts);
    }

    [Fact]
    public async Task Delivery_ManyUpdatesOfManyChats_EachAcceptedOnceNoneSentAgain()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        await Bot.SetWebhook(hook.Url.ToString(), maxConnections: 10);
        var users = Enumerable.Range(0, 20).Select(i => Driver.CreateUser($"User {i}")).ToList();

        foreach (var round in Enumerable.Range(0, 10))
        {
            foreach (var user in users)
            {
                await Driver.SendTextAsync(user.Id, $"message {round}");
            }
        }

        await Eventually(() => Driver.PendingUpdates.Count == 0);
        var ids = hook.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("update_id").GetInt64()).ToList();
        Assert.Equal(200, ids.Count);
        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(200, Driver.WebhookAttempts.Count);
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_409UntilDeleteWebhook()
    {
        await Bot.SetWebhook("https://bot.example.com/telegram");
        var anna = Driver.CreateUser("Anna");
        await Driver.SendTextAsync(anna.Id, "hello");

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetUpdates());
        await Bot.DeleteWebhook();
        var updates = await Bot.GetUpdates();

        Assert.Equal(409, conflict.ErrorCode);
        Assert.Contains("can't use getUpdates method while webhook is active", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("hello", Assert.Single(updates).Message!.Text);
        Assert.Equal(string.Empty, (await Bot.GetWebhookInfo()).Url);
    }

    [Theory]
    [InlineData("not a url", null, "Bad Request: invalid webhook URL specified")]
    [InlineData("https://bot.example.com/hook", "has space", "Bad Request: secret token contains unallowed characters")]
    public async Task SetWebhook_BadUrlOrSecret_400AndNoWebhook(string url, string? secret, string description)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetWebhook(url, secretToken: secret));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Null(Driver.Webhook);
    }

    [Fact]
    public async Task Redeliver_AnUpdateAlreadyAccepted_PostedAgainWithTheSameBody()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        await Bot.SetWebhook(hook.Url.ToString(), secretToken: "secret");
        var anna = Driver.CreateUser("Anna");
        await Driver.SendTextAsync(anna.Id, "hello");
        var delivered = await Driver.WaitForWebhookAttemptAsync(a => a.Delivered, Patience);

        var status = await Driver.RedeliverAsync(delivered.UpdateId);

        Assert.Equal(200, status);
        Assert.Equal(2, hook.Received.Count);
        Assert.Single(hook.Received.Distinct());
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
