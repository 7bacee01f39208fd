using FunnelBot.Sandbox.Driver;
using FunnelBot.Sandbox.State;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.SandboxMode;
using FunnelBot.TelegramBot.Outgoing;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Tests.TelegramBot.RussianText;

/// <summary>
/// The texts a Russian team reads in a working week, as the bot writes them (arguments filled in): the sandbox with the
/// shipped Russian configuration and demo data, a member taking the check-in with misses (causes, a countermeasure, its
/// owner and due date) and the usual commands, a manager's digest preview, plans and tasks. Every message and button
/// passes the Russian editor's rules, and no week is named by its ISO code.
/// </summary>
public sealed class RussianSessionTextTests : IAsyncLifetime
{
    private SandboxFixture _sandbox = null!;

    private EmulatorDriver Driver => _sandbox.Running.Emulator.Driver;

    public async Task InitializeAsync() => _sandbox = await SandboxFixture.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task WorkingWeek_MemberAndManager_EveryTextReadsAsRussian()
    {
        var anna = _sandbox.Member("anna").User;
        var maria = _sandbox.Member("maria").User;

        await CheckInWithMissesAsync(anna.Id);
        foreach (var command in new[] { "/help", "/status", "/tasks", "/reasons", "/away", "/edit", "/task", "/due", "/done", "/status непонятно", "/status клики", "/checkin" })
        {
            await SayAsync(anna.Id, command);
        }

        await SayAsync(anna.Id, "/cancel");
        foreach (var command in new[] { "/help", "/digest", "/plan", "/tasks", "/invite", "/reasons 2026", "/task 1", "/plan set" })
        {
            await SayAsync(maria.Id, command);
        }

        await Eventually.TrueAsync(
            () => Driver.PendingUpdates.Count == 0 && _sandbox.Running.Services.GetRequiredService<OutboxStore>().Count() == 0, SandboxFixture.Timeout);
        var problems = new[] { anna.Id, maria.Id }
            .SelectMany(Driver.BotMessages)
            .SelectMany(Texts)
            .SelectMany(text => RussianTextProblems.Of(text, template: false).Concat(RussianTextProblems.WeekCodes(text).Select(code => $"week code {code}"))
                .Select(problem => $"{problem} in «{text}»"))
            .Distinct()
            .ToList();

        // A typed answer edits the question message: count what the chat showed, edits included.
        Assert.True(Driver.BotMessages(anna.Id).Sum(m => m.EditCount + 1) > 15, "the session should have produced the check-in and the answers");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Answers the check-in with "1" for every value (below plan), a cause, a countermeasure owned by oneself, the first due date.</summary>
    private async Task CheckInWithMissesAsync(long user)
    {
        await SayAsync(user, "/checkin");
        for (var step = 0; step < 60; step++)
        {
            var last = Driver.BotMessages(user).MaxBy(m => m.MessageId)!;
            var buttons = last.ReplyMarkup?.Buttons ?? [];
            var text = last.RawText ?? string.Empty;
            if (text.Contains("Исправьте любой ответ", StringComparison.Ordinal) && buttons.FirstOrDefault(b => b.Text.Contains("Завершить", StringComparison.Ordinal)) is { } finish)
            {
                await PressAsync(user, last, finish.CallbackData!);
                return;
            }

            if (buttons.FirstOrDefault(b => b.Text == "Я") is { } me)
            {
                await PressAsync(user, last, me.CallbackData!);
            }
            else if (buttons.FirstOrDefault(b => b.Text.StartsWith("до ", StringComparison.Ordinal)) is { } due)
            {
                await PressAsync(user, last, due.CallbackData!);
            }
            else if (text.Contains("что сделаем", StringComparison.Ordinal))
            {
                await SayAsync(user, "Обзвонить новую базу");
            }
            else if (text.Contains("Почему?", StringComparison.Ordinal) || text.Contains("Что помогло?", StringComparison.Ordinal))
            {
                var cause = buttons.First(b => !b.Text.Contains("Готово", StringComparison.Ordinal) && !b.Text.StartsWith("Другое", StringComparison.Ordinal));
                await PressAsync(user, last, cause.CallbackData!);
                var marked = Driver.BotMessages(user).MaxBy(m => m.MessageId)!;
                await PressAsync(user, marked, marked.ReplyMarkup!.Buttons.First(b => b.Text.Contains("Готово", StringComparison.Ordinal)).CallbackData!);
            }
            else if (buttons.FirstOrDefault(b => b.Text == "Пропустить") is { } skip && text.Contains("что сработало", StringComparison.Ordinal))
            {
                await PressAsync(user, last, skip.CallbackData!);
            }
            else
            {
                await SayAsync(user, "1");
            }
        }

        Assert.Fail("The check-in did not reach its summary in 60 steps.");
    }

    private async Task SayAsync(long user, string text)
    {
        var before = Signature(user);
        await Driver.SendTextAsync(user, text);
        await Eventually.TrueAsync(() => Signature(user) != before && Settled(), SandboxFixture.Timeout);
    }

    private async Task PressAsync(long user, ChatMessage message, string data)
    {
        var before = Signature(user);
        await Driver.PressButtonAsync(user, user, message.MessageId, data);
        await Eventually.TrueAsync(() => Signature(user) != before && Settled(), SandboxFixture.Timeout);
    }

    /// <summary>
    /// Every reply queued so far delivered: a reply may be more than one request (a new question message, then the old
    /// one's buttons removed), and the next step reads the chat only after all of them.
    /// </summary>
    private bool Settled() =>
        Driver.PendingUpdates.Count == 0 && _sandbox.Running.Services.GetRequiredService<OutboxStore>().Count() == 0;

    /// <summary>Changes when the bot sends or edits a message in the chat.</summary>
    private (int, int) Signature(long chat)
    {
        var messages = Driver.BotMessages(chat);
        return (messages.Count == 0 ? 0 : messages.Max(m => m.MessageId), messages.Sum(m => m.EditCount));
    }

    private static IEnumerable<string> Texts(ChatMessage message) =>
        new[] { message.RawText, message.Caption }.OfType<string>().Concat(message.PreviousTexts)
            .Concat((message.ReplyMarkup?.Buttons ?? []).Select(b => b.Text));
}
