using System.Text.Json.Serialization;

namespace FunnelBot.HttpApi.Health;

/// <summary>What <c>/healthz</c> and <c>/readyz</c> answer: the overall status and each check's.</summary>
public sealed record HealthBody(string Status, IReadOnlyDictionary<string, HealthEntry> Checks);

/// <summary>One check's status and, when it fails, why (never an exception's details).</summary>
public sealed record HealthEntry(string Status, string? Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthBody))]
internal sealed partial class HealthJson : JsonSerializerContext;
