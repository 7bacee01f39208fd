using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>Registers countermeasure tasks: <c>/task</c>, <c>/tasks</c>, <c>/done</c>, <c>/due</c>, the task cards, the overdue alert's buttons and keeping messages about tasks true.</summary>
public static class TasksSetup
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddSingleton<TaskRenderer>();
        services.AddSingleton<TaskActions>();
        services.AddSingleton<TaskMessageRefresh>();
        services.AddSingleton<OverdueListRenderer>();
        services.AddSingleton<TaskAnnouncement>();
        services.AddSingleton<TaskButtonPresses>();
        services.AddSingleton<IBotCommand, TaskCommand>();
        services.AddSingleton<IBotCommand, TasksCommand>();
        services.AddSingleton<IBotCommand, DoneCommand>();
        services.AddSingleton<IBotCommand, DueCommand>();
        services.AddSingleton<ICallbackHandler, TaskCallbacks>();
        services.AddSingleton<ICallbackHandler, OverdueTaskCallbacks>();
        return services;
    }
}
