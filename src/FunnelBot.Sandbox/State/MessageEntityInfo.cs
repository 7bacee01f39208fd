namespace FunnelBot.Sandbox.State;

/// <summary>A formatting entity as Telegram returns it: offsets and lengths in UTF-16 code units.</summary>
public sealed record MessageEntityInfo(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null);
