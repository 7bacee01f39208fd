namespace FunnelBot.Sandbox;

internal static class Placeholder;
