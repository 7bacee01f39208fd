using System.Text;
using System.Text.Json;
using FunnelBot.Sandbox.Api;

namespace FunnelBot.Sandbox.Markup;

/// <summary>Reads reply_markup and checks an inline keyboard the way Telegram does.</summary>
internal static class InlineKeyboardParser
{
    private const int MaxButtons = 100;
    private const int MaxButtonsPerRow = 8;
    private const int MaxCallbackDataBytes = 64;

    /// <summary>The inline keyboard in <paramref name="json"/>, or null (absent, or a non-inline markup).</summary>
    public static InlineKeyboard? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("inline_keyboard", out var rows))
            {
                return null;
            }

            return Validate(ReadRows(rows));
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        }
        catch (InvalidOperationException)
        {
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        }
    }

    private static List<IReadOnlyList<InlineButton>> ReadRows(JsonElement rows)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw BotApiError.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }

        return rows.EnumerateArray()
            .Select(row => (IReadOnlyList<InlineButton>)row.EnumerateArray().Select(ReadButton).ToList())
            .ToList();
    }

    private static InlineButton ReadButton(JsonElement button)
    {
        var text = button.TryGetProperty("text", out var t) ? t.GetString() : null;
        var data = button.TryGetProperty("callback_data", out var d) ? d.GetString() : null;
        var url = button.TryGetProperty("url", out var u) ? u.GetString() : null;
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text is empty");
        }

        var otherKinds = new[] { "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay" };
        if (data is null && url is null && !otherKinds.Any(kind => button.TryGetProperty(kind, out _)))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > MaxCallbackDataBytes)
        {
            throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
        }

        if (url is not null && !IsAllowedUrl(url))
        {
            throw BotApiError.BadRequest("BUTTON_URL_INVALID");
        }

        return new InlineButton(text, data, url);
    }

    private static bool IsAllowedUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg";

    private static InlineKeyboard Validate(List<IReadOnlyList<InlineButton>> rows)
    {
        if (rows.Sum(r => r.Count) > MaxButtons || rows.Any(r => r.Count > MaxButtonsPerRow))
        {
            throw BotApiError.BadRequest("reply markup is too long");
        }

        return new InlineKeyboard(rows);
    }
}
