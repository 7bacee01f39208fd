namespace FunnelBot.Sandbox.State;

/// <summary>The bot's answerCallbackQuery for a button press.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url);
