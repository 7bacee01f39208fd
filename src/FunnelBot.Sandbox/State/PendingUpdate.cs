namespace FunnelBot.Sandbox.State;

/// <summary>An update the bot has not confirmed yet; <see cref="Type"/> is its allowed_updates name.</summary>
public sealed record PendingUpdate(long UpdateId, string Type);
