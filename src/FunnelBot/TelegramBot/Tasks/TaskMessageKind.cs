namespace FunnelBot.TelegramBot.Tasks;

/// <summary>What a message about a task is, for keeping it true when the task changes (<see cref="TaskMessageTopic"/>).</summary>
public enum TaskMessageKind
{
    /// <summary>One task with its buttons: a new or assigned task's card, the private overdue reminder, a moved task.</summary>
    Card,

    /// <summary>The channel's list of overdue tasks: one topic per task in it.</summary>
    OverdueList,
}
