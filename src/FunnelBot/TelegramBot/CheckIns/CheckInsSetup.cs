using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Registers the weekly check-in: its prompts, questions, flow and effects, <c>/checkin</c>, <c>/cancel</c>, <c>/edit</c> with its confirmations, and their buttons.</summary>
public static class CheckInsSetup
{
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<CheckInQuestions>();
        services.AddSingleton<CheckInSummary>();
        services.AddSingleton<CheckInRenderer>();
        services.AddSingleton<CheckInQuestionMessages>();
        services.AddSingleton<CheckInFlow>();
        services.AddSingleton<CheckInEffects>();
        services.AddSingleton<CheckInPrompts>();
        services.AddSingleton<DeviationPrompts>();
        services.AddSingleton<IBotCommand, CheckInCommand>();
        services.AddSingleton<IBotCommand, CancelCommand>();
        services.AddSingleton<IBotCommand, EditCommand>();
        services.AddSingleton<ICallbackHandler, CheckInCallbacks>();
        services.AddSingleton<PendingEditStore>();
        services.AddSingleton<ValueEdit>();
        services.AddSingleton<WeekAgeRule>();
        services.AddSingleton<ICallbackHandler, EditCallbacks>();
        return services;
    }
}
