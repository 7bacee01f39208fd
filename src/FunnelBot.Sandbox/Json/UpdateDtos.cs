namespace FunnelBot.Sandbox.Json;

internal sealed record UpdateDto
{
    public required long UpdateId { get; init; }

    public MessageDto? Message { get; init; }

    public MessageDto? EditedMessage { get; init; }

    public MessageDto? ChannelPost { get; init; }

    public CallbackQueryDto? CallbackQuery { get; init; }

    public ChatMemberUpdatedDto? MyChatMember { get; init; }
}

internal sealed record CallbackQueryDto
{
    public required string Id { get; init; }

    public required UserDto From { get; init; }

    public MessageDto? Message { get; init; }

    public required string ChatInstance { get; init; }

    public string? Data { get; init; }
}

internal sealed record ChatMemberUpdatedDto
{
    public required ChatDto Chat { get; init; }

    public required UserDto From { get; init; }

    public required long Date { get; init; }

    public required ChatMemberDto OldChatMember { get; init; }

    public required ChatMemberDto NewChatMember { get; init; }
}

internal sealed record ChatMemberDto(string Status, UserDto User, long? UntilDate = null);
