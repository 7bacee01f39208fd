using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.Configuration;

/// <summary>Binds and validates the configuration sections and exposes the checked <see cref="TeamConfiguration"/>.</summary>
public static class ConfigurationSetup
{
    public static IHostApplicationBuilder AddFunnelBotConfiguration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamOptions>().BindConfiguration(TeamOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamOptions>, TeamConfigurationValidator>();
        services.AddOptions<RosterOptions>().Configure<IConfiguration>(BindRoster);
        services.AddOptions<ScheduleOptions>().Configure<IConfiguration>(BindSchedule);
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddOptions<PlausibilityOptions>().BindConfiguration(PlausibilityOptions.Section);
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section);
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton(CreateTeamConfiguration);
        services.AddSingleton<TeamClock>();
        return builder;
    }

    /// <summary>
    /// Checks every section now (not only at host start) and returns the team configuration; throws
    /// <see cref="InvalidConfigurationException"/> with every problem. For the command line, which does not start the host.
    /// </summary>
    public static TeamConfiguration CheckConfiguration(this IServiceProvider services)
    {
        var team = services.GetRequiredService<TeamConfiguration>();
        try
        {
            _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            _ = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            _ = services.GetRequiredService<IOptions<HttpOptions>>().Value;
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidConfigurationException(exception.Message, exception);
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidConfigurationException([.. exception.Failures]);
        }

        return team;
    }

    private static void BindRoster(RosterOptions roster, IConfiguration configuration)
    {
        configuration.GetSection("Members").Bind(roster.Members);
        configuration.GetSection("Metrics").Bind(roster.Metrics);
        configuration.GetSection("Causes").Bind(roster.Causes);
    }

    /// <summary>Binds <c>Schedule</c> and notes every key written directly under it, so the reader can tell the old form.</summary>
    private static void BindSchedule(ScheduleOptions schedule, IConfiguration configuration)
    {
        var section = configuration.GetSection(ScheduleOptions.Section);
        section.Bind(schedule);
        schedule.WrittenKeys.AddRange(section.GetChildren().Select(child => child.Key));
    }

    private static TeamConfiguration CreateTeamConfiguration(IServiceProvider services)
    {
        TeamOptions team;
        RosterOptions roster;
        ScheduleOptions schedule;
        AccessOptions access;
        RetentionOptions retention;
        PlausibilityOptions plausibility;
        try
        {
            team = services.GetRequiredService<IOptionsMonitor<TeamOptions>>().Get(Options.DefaultName);
            roster = services.GetRequiredService<IOptions<RosterOptions>>().Value;
            schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
            access = services.GetRequiredService<IOptions<AccessOptions>>().Value;
            retention = services.GetRequiredService<IOptions<RetentionOptions>>().Value;
            plausibility = services.GetRequiredService<IOptions<PlausibilityOptions>>().Value;
        }
        catch (InvalidOperationException exception)
        {
            // The binder throws when a value cannot be converted (e.g. text where a number belongs); its message names the key.
            throw new InvalidConfigurationException(exception.Message, exception);
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidConfigurationException([.. exception.Failures]);
        }

        // The jobs are declared by the scheduler (registered by the host for every entry point, the command line too).
        var jobs = services.GetServices<KnownJob>().ToList();
        return TeamConfigurationReader.ReadOrThrow(team, roster, schedule, jobs, access, retention, plausibility);
    }
}
