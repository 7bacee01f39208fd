namespace FunnelBot.Scheduling;

/// <summary>What one firing of a scheduled job came to.</summary>
public enum ScheduledRunResult
{
    /// <summary>The job ran for its period (and queued <see cref="ScheduledRunOutcome.Messages"/> messages, maybe none).</summary>
    Done,

    /// <summary>The period's run was already recorded: nothing was done again.</summary>
    AlreadyDone,

    /// <summary>The job is switched off in the configuration.</summary>
    SwitchedOff,

    /// <summary>No slot of the job's schedule lies within the window before the firing.</summary>
    NoSlot,

    /// <summary>The job threw; its run is not recorded, so the next firing tries again.</summary>
    Failed,
}
