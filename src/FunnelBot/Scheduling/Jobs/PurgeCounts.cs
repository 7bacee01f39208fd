namespace FunnelBot.Scheduling;

/// <summary>How many records one retention run removed, by kind.</summary>
public sealed record PurgeCounts(int HandledUpdates, int JobRuns, int ChatNotices, int Invitations, int BindRequests, int SentKeyboards, int NameChoices, int SentTopics);
