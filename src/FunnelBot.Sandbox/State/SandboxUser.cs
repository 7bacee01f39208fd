namespace FunnelBot.Sandbox.State;

/// <summary>A person the driver acts as. The private chat with the bot has the same id.</summary>
public sealed record SandboxUser(long Id, string FirstName, string? Username, string? LanguageCode);
