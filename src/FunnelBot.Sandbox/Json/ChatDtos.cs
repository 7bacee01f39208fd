namespace FunnelBot.Sandbox.Json;

internal sealed record UserDto
{
    public required long Id { get; init; }

    public required bool IsBot { get; init; }

    public required string FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    public bool? CanJoinGroups { get; init; }

    public bool? CanReadAllGroupMessages { get; init; }

    public bool? SupportsInlineQueries { get; init; }
}

internal sealed record ChatDto
{
    public required long Id { get; init; }

    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public bool? IsForum { get; init; }
}

/// <summary>getChat's answer: the fields Telegram always returns, and no more.</summary>
internal sealed record ChatFullInfoDto
{
    public required long Id { get; init; }

    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public int AccentColorId { get; init; }

    public int MaxReactionCount { get; init; } = 11;

    public AcceptedGiftTypesDto AcceptedGiftTypes { get; init; } = new();
}

internal sealed record AcceptedGiftTypesDto
{
    public bool UnlimitedGifts { get; init; }

    public bool LimitedGifts { get; init; }

    public bool UniqueGifts { get; init; }

    public bool PremiumSubscription { get; init; }

    public bool GiftsFromChannels { get; init; }
}
