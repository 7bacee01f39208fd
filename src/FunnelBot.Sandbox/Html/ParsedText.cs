using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Html;

/// <summary>Text after entity parsing, with its entities.</summary>
public sealed record ParsedText(string Text, IReadOnlyList<MessageEntityInfo> Entities);
