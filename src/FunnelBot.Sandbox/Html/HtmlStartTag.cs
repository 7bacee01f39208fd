namespace FunnelBot.Sandbox.Html;

/// <summary>An open tag waiting for its end tag.</summary>
internal sealed record HtmlStartTag(string Name, string Argument, int PlainOffset);
