using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// Presses of "done" and "+7 days" under an overdue reminder: the task source decides (only the owner may act) and
/// stores the change, the toast says what happened and the buttons go away.
/// </summary>
public sealed class OverdueTaskCallbacks : ICallbackHandler
{
    private readonly IOverdueTasks _tasks;

    public OverdueTaskCallbacks(IOverdueTasks tasks)
    {
        _tasks = tasks;
    }

    public string Prefix => OverdueTaskButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var member = request.RequiredMember;
        var parts = data.Split(':', 2);
        var action = parts[0];
        var taskId = parts.Length == 2 ? parts[1] : string.Empty;
        var result = taskId.Length == 0 ? TaskActionResult.NotFound : action switch
        {
            OverdueTaskButtons.Done => _tasks.Complete(taskId, member.Key),
            OverdueTaskButtons.Later => _tasks.Postpone(taskId, OverdueTaskButtons.LaterDays, member.Key),
            _ => TaskActionResult.NotFound,
        };
        response.AnswerCallback(BotTexts.Template(ToastKey(result), request.Culture));
        if (request.Callback?.Message?.MessageId is { } pressed)
        {
            response.RemoveKeyboard(request.ChatId, pressed);
        }

        return Task.CompletedTask;
    }

    private static string ToastKey(TaskActionResult result) => result switch
    {
        TaskActionResult.Done => "overdue.done",
        TaskActionResult.Postponed => "overdue.postponed",
        TaskActionResult.NotYours => "overdue.not_yours",
        _ => "overdue.not_found",
    };
}
