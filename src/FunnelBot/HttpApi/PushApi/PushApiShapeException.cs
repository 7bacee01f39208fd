namespace FunnelBot.HttpApi.PushApi;

/// <summary>A body that is JSON but not of the shape a request takes (400); the message says what is wrong, never echoing a value.</summary>
public sealed class PushApiShapeException(string message) : Exception(message);
