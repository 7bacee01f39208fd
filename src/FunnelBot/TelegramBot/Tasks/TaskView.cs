using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>What a task card shows; built from the stored task, or from it as it will be after a change.</summary>
public sealed record TaskView(int Number, string Title, string Owner, DateOnly Due, WorkTaskStatus Status)
{
    public static TaskView Of(WorkTaskDocument task) => new(task.Id, task.Title, task.Owner, task.DueDate, task.Status);

    public bool IsOverdueOn(DateOnly today) => OverdueRule.IsOverdue(Due, Status, today);
}
